import { Fragment } from 'react'

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// One result row highlights its title, name and snippet with the same terms: compile the pattern once.
const patterns = new WeakMap<readonly string[], RegExp | null>()

function patternFor(terms: readonly string[]): RegExp | null {
  let pattern = patterns.get(terms)
  if (pattern === undefined) {
    const usable = terms.filter((t) => t.length > 1).sort((a, b) => b.length - a.length)
    pattern = usable.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(${usable.map(escape).join('|')})`, 'giu')
    patterns.set(terms, pattern)
  }
  return pattern
}

/** Text with the given words marked where a word starts with them; never interpreted as HTML. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const pattern = patternFor(terms)
  if (!pattern) return <>{text}</>
  const parts = text.split(pattern)
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </>
  )
}
