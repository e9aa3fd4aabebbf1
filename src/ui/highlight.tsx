import { Fragment } from 'react'

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Text with the given words marked where a word starts with them; never interpreted as HTML. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const usable = terms.filter((t) => t.length > 1).sort((a, b) => b.length - a.length)
  if (usable.length === 0) return <>{text}</>
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map(escape).join('|')})`, 'giu')
  const parts = text.split(pattern)
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </>
  )
}
