import { appBaseUrl, resolveAppAddress } from './app-base'
import { resolveUrl } from './fetch-file'

describe('addresses in the configuration', () => {
  it('are relative to where the app is served, never to the page shown', () => {
    const base = appBaseUrl('https://data.example')
    expect(base).toBe(`https://data.example${import.meta.env.BASE_URL}`)
    expect(resolveUrl('dbt/manifest.json', 'https://data.example/tessera/')).toBe('https://data.example/tessera/dbt/manifest.json')
    expect(resolveUrl('/dbt/manifest.json', 'https://data.example/tessera/')).toBe('https://data.example/dbt/manifest.json')
    expect(resolveUrl('../shared/a.yaml', 'https://data.example/tessera/')).toBe('https://data.example/shared/a.yaml')
    expect(resolveUrl('https://raw.example/a.yaml', 'https://data.example/tessera/')).toBe('https://raw.example/a.yaml')
  })

  it('take a file name with colons as a path, not as a URL scheme', () => {
    expect(resolveUrl('urn:datamesh:orders:v1.yaml', 'https://data.example/tessera/')).toBe('https://data.example/tessera/urn:datamesh:orders:v1.yaml')
    expect(resolveUrl('contracts/urn:x.yaml', 'https://data.example/')).toBe('https://data.example/contracts/urn:x.yaml')
  })

  it('make a server address absolute against the app, leaving full URLs as they are', () => {
    expect(resolveAppAddress('/datahub', 'https://data.example/tessera/')).toBe('https://data.example/datahub')
    expect(resolveAppAddress('api', 'https://data.example/tessera/')).toBe('https://data.example/tessera/api')
    expect(resolveAppAddress('https://dh.example/gms', 'https://data.example/tessera/')).toBe('https://dh.example/gms')
    expect(resolveAppAddress('api', undefined)).toBe('api')
  })
})
