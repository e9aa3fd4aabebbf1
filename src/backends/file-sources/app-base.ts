/**
 * The address the app is served from (Vite's `base`), e.g. `https://host/tessera/`. Relative
 * addresses in the configuration are relative to it, never to the page being shown: a product
 * page at `/products/…` must read `dbt/manifest.json` from where the app lives.
 */
export function appBaseUrl(origin: string | undefined = typeof window === 'undefined' ? undefined : window.location.origin): string | undefined {
  if (!origin) return undefined
  return new URL(import.meta.env.BASE_URL || '/', origin).href
}

/** A server address from the configuration (`/datahub`, `api/`) made absolute against the app's base. */
export function resolveAppAddress(address: string, base: string | undefined = appBaseUrl()): string {
  if (!base || hasScheme(address)) return address
  return new URL(asPath(address), base).href
}

/** `https://…`, `file:…`, `data:…`, `blob:…`: an address of its own. `urn:x:y.yaml` is a file name. */
export const hasScheme = (address: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(address) || /^(data|blob|file):/i.test(address)

/** A relative file name taken as a path, whatever characters it holds (`urn:…` is not a scheme here). */
export const asPath = (address: string) => (hasScheme(address) || /^[./]/.test(address) ? address : `./${address}`)
