import { detectManifestVersion } from './schema-version'

describe('detectManifestVersion', () => {
  it.each([4, 9, 12])('reads v%i without a notice', (v) => {
    expect(detectManifestVersion(`https://schemas.getdbt.com/dbt/manifest/v${v}.json`)).toEqual({ version: v })
  })

  it('reads a newer version best-effort, saying so', () => {
    const result = detectManifestVersion('https://schemas.getdbt.com/dbt/manifest/v13.json')
    expect(result.version).toBe(13)
    expect(result.notice).toMatch(/newer than this version of Tessera knows/)
  })

  it('reads a pre-1.0 manifest best-effort, saying so', () => {
    expect(detectManifestVersion('https://schemas.getdbt.com/dbt/manifest/v1.json').notice).toMatch(/predates dbt 1.0/)
  })

  it('flags an address of another shape', () => {
    expect(detectManifestVersion('something else')).toMatchObject({ version: undefined, notice: expect.stringMatching(/Unrecognised/) })
  })
})
