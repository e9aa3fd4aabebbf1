const SAFE = /^(https?:|mailto:|tel:)/i

/** A catalogue-supplied address Tessera will link to: web, e-mail and phone only. */
export function safeHref(href: string | undefined): string | undefined {
  const trimmed = href?.trim()
  return trimmed && SAFE.test(trimmed) ? trimmed : undefined
}

export const isWebAddress = (href: string) => /^https?:/i.test(href)
