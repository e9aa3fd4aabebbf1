/** The fields an `accessRequest` URL template may name, as `{product}`, `{port}`… */
export interface AccessLinkFields {
  product: string
  productUrn: string
  port: string
  portId: string
  location: string
  purpose: string
  requester: string
  days: string
}

export const ACCESS_LINK_FIELDS = ['product', 'productUrn', 'port', 'portId', 'location', 'purpose', 'requester', 'days'] as const

const SAFE_SCHEMES = /^(https?:|mailto:)/i

/**
 * Fills a URL template with a request's fields, each percent-encoded so a purpose with `&` or
 * `#` cannot change the address. Unknown placeholders are left as written. Returns undefined
 * for a template that is not an http(s) or mailto address once filled.
 */
export function fillAccessLink(template: string, fields: AccessLinkFields): string | undefined {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    (ACCESS_LINK_FIELDS as readonly string[]).includes(name) ? encodeURIComponent(fields[name as keyof AccessLinkFields]) : whole,
  )
  return SAFE_SCHEMES.test(filled.trim()) ? filled.trim() : undefined
}

/** Where a filled link leads, in words for its button: "Email access@acme.example", "Open jira.acme.example". */
export function describeAccessLink(template: string): string {
  const address = template.trim()
  if (/^mailto:/i.test(address)) {
    const to = decodeURIComponent(address.slice(7).split('?')[0] ?? '')
    return to && !to.includes('{') ? `Email ${to}` : 'Write an email'
  }
  try {
    return `Open ${new URL(address.replace(/\{\w+\}/g, 'x')).host}`
  } catch {
    return 'Open the request form'
  }
}
