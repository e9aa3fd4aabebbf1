import { ConfigError, loadConfig, parseConfig } from './load-config'

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch

describe('loadConfig', () => {
  it('reads a valid config.json', async () => {
    const config = await loadConfig({ url: '/config.json', fetcher: respond('{"backends":[{"type":"demo"}]}') })
    expect(config.backends).toEqual([{ type: 'demo' }])
  })

  it('prefers the build-time inline configuration', async () => {
    const config = await loadConfig({
      inline: '{"backends":[{"type":"rest","baseUrl":"https://catalog.example/api"}]}',
      url: '/config.json',
      fetcher: () => Promise.reject(new Error('must not fetch')),
    })
    expect(config.backends[0]).toMatchObject({ type: 'rest', baseUrl: 'https://catalog.example/api' })
  })

  it.each([
    ['a missing file', respond('nope', 404), /No configuration file/],
    ['an HTML page', respond('<!doctype html><html></html>'), /not valid JSON/],
    ['a server error', respond('', 500), /HTTP 500/],
  ])('explains %s', async (_name, fetcher, message) => {
    await expect(loadConfig({ url: '/config.json', fetcher })).rejects.toThrow(message)
  })

  it('lists every problem with its path', () => {
    const error = (() => {
      try {
        parseConfig({ backends: [{ type: 'rest' }, { type: 'demo', extra: 1 }] }, 'test')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems.join('\n')).toMatch(/backends\.0\.baseUrl/)
    expect((error as ConfigError).problems.join('\n')).toMatch(/backends\.1/)
  })

  it('accepts a DataHub backend and asks for its address', () => {
    expect(parseConfig({ backends: [{ type: 'datahub', baseUrl: '/datahub', token: 't' }] }, 'test').backends[0]).toMatchObject({ type: 'datahub' })
    expect(() => parseConfig({ backends: [{ type: 'datahub' }] }, 'test')).toThrow(expect.objectContaining({ problems: [expect.stringMatching(/backends\.0\.baseUrl/)] }))
  })

  it('accepts an OpenMetadata backend and explains a wrong product source', () => {
    expect(parseConfig({ backends: [{ type: 'openmetadata', baseUrl: '/openmetadata', productSource: 'table' }] }, 'test').backends[0]).toMatchObject({ type: 'openmetadata' })
    expect(parseConfig({ backends: [{ type: 'datahub', baseUrl: '/datahub', productSource: 'dataset', kindRules: [{ platform: 'kafka', kind: 'source-aligned' }] }] }, 'test').backends[0]).toMatchObject({ productSource: 'dataset' })
    expect(() => parseConfig({ backends: [{ type: 'datahub', baseUrl: '/datahub', kindRules: [{ kind: 'aggregate' }] }] }, 'test')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/kindRules\.0/)] }),
    )
    expect(() => parseConfig({ backends: [{ type: 'openmetadata', baseUrl: '/om', productSource: 'schema' }] }, 'test')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/backends\.0\.productSource/)] }),
    )
  })

  it('asks for distinct ids when several backends are configured', () => {
    expect(() => parseConfig({ backends: [{ type: 'demo' }, { type: 'rest', baseUrl: '/a' }, { type: 'rest', baseUrl: '/b' }] }, 'test')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/backends\.2\.id: another backend is already called "rest"/)] }),
    )
    const config = parseConfig({ backends: [{ type: 'rest', baseUrl: '/a' }, { type: 'rest', id: 'finance', baseUrl: '/b' }] }, 'test')
    expect(config.backends).toHaveLength(2)
  })

  it('accepts a Backstage backend and explains a wrong product rule', () => {
    expect(parseConfig({ backends: [{ type: 'backstage', baseUrl: '/backstage', productRule: 'system', productTypes: ['dataset'] }] }, 'test').backends[0]).toMatchObject({ type: 'backstage' })
    expect(() => parseConfig({ backends: [{ type: 'backstage', baseUrl: '/b', productRule: 'component' }] }, 'test')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/backends\.0\.productRule/)] }),
    )
    expect(() => parseConfig({ backends: [{ type: 'backstage' }] }, 'test')).toThrow(expect.objectContaining({ problems: [expect.stringMatching(/backends\.0\.baseUrl/)] }))
  })

  it('explains a backend type it does not know', () => {
    expect(() => parseConfig({ backends: [{ type: 'amundsen', url: 'x' }] }, 'test')).toThrow(expect.objectContaining({ problems: [expect.stringMatching(/backends\.0\.type/)] }))
  })

  it('accepts dbt projects and contract files', () => {
    const config = parseConfig(
      {
        backends: [
          { type: 'dbt', projects: [{ target: 'dbt/target/' }, { manifestUrl: 'a/manifest.json', catalogUrl: 'a/catalog.json' }], productRule: 'group' },
          { type: 'contracts', index: 'contracts/index.json' },
        ],
      },
      'test',
    )
    expect(config.backends.map((b) => b.type)).toEqual(['dbt', 'contracts'])
  })

  it('explains a dbt project given two ways, an unknown product rule and contracts with no files', () => {
    const problems = (() => {
      try {
        parseConfig(
          {
            backends: [
              { type: 'dbt', projects: [{ target: 't/', manifestUrl: 'm.json' }], productRule: 'folder' },
              { type: 'contracts', urls: [] },
            ],
          },
          'test',
        )
      } catch (e) {
        return (e as ConfigError).problems.join('\n')
      }
    })()
    expect(problems).toMatch(/backends\.0\.projects\.0: give either target/)
    expect(problems).toMatch(/backends\.0\.productRule/)
    expect(problems).toMatch(/backends\.1: list the files in urls/)
  })

  it('takes a GitHub repository as owner/name and a GitLab project with its subgroups', () => {
    const withRepository = (repository: Record<string, unknown>) => {
      try {
        return parseConfig({ backends: [{ type: 'contracts', urls: ['a.yaml'], repository }] }, 'test')
      } catch (e) {
        return (e as ConfigError).problems.join('\n')
      }
    }
    expect(withRepository({ host: 'gitlab', repository: 'data/analytics/shop' })).toMatchObject({ backends: [{ repository: { host: 'gitlab', repository: 'data/analytics/shop', branch: 'main' } }] })
    expect(withRepository({ host: 'github', repository: 'data/analytics/shop' })).toMatch(/repository: write it as owner\/name/)
    expect(withRepository({ host: 'gitlab', repository: 'analytics' })).toMatch(/write it as group\/project/)
    expect(withRepository({ host: 'bitbucket', repository: 'a/b' })).toMatch(/host: github .* or gitlab/)
  })

  it('rejects an empty backend list', () => {
    expect(() => parseConfig({ backends: [] }, 'test')).toThrow(ConfigError)
  })
})
