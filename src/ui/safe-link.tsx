import type { ReactNode } from 'react'
import { isWebAddress, safeHref } from './safe-href'

/** Links to an untrusted address when it is safe; otherwise shows the text alone. */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const safe = safeHref(href)
  if (!safe) return <span>{children}</span>
  return isWebAddress(safe) ? (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={safe}>{children}</a>
  )
}
