import { useState, type ReactNode } from 'react'

/** A disclosure whose content is rendered only once opened, so a long table costs nothing until asked for. */
export function LazyDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="coverage-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  )
}
