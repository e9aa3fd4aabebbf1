import { Fragment, type ReactNode } from 'react'

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)

/** Where the terms start a word in the text, longest first, without overlaps. */
export function highlightRanges(text: string, terms: readonly string[]): [start: number, end: number][] {
  const lower = text.toLowerCase()
  const ranges: [number, number][] = []
  for (const term of [...terms].filter((t) => t.length > 1).sort((a, b) => b.length - a.length)) {
    const needle = term.toLowerCase()
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length
      if (isWordChar(lower[at - 1])) continue
      if (ranges.some(([s, e]) => at < e && end > s)) continue
      ranges.push([at, end])
    }
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

/** Text with the given words marked where a word starts with them; never interpreted as HTML. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const ranges = highlightRanges(text, terms)
  if (ranges.length === 0) return <>{text}</>
  const parts: ReactNode[] = []
  let from = 0
  for (const [start, end] of ranges) {
    if (start > from) parts.push(<Fragment key={`t${from}`}>{text.slice(from, start)}</Fragment>)
    parts.push(<mark key={`m${start}`}>{text.slice(start, end)}</mark>)
    from = end
  }
  if (from < text.length) parts.push(<Fragment key={`t${from}`}>{text.slice(from)}</Fragment>)
  return <>{parts}</>
}
