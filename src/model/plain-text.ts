const isStructural = (line: string) => /^(#{1,6}\s|```|\||-{3,}|>)/.test(line)

const toPlain = (line: string) =>
  line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/~~(?=\S)(.+?)~~/g, '$1')
    .replace(/(\*{1,3})(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)(.+?)(?<=\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
    .replace(/^[-+*]\s+|^\d+\.\s+/, '')
    .trim()

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** The prose lines of Markdown as plain text (headings, fences, tables and quotes left out). Never HTML. */
export function proseLines(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !isStructural(l))
    .map(toPlain)
    .filter(Boolean)
}

/** First meaningful line of Markdown as plain text, for one-line summaries. Never interpreted as HTML. */
export function firstLine(markdown: string, max = 220): string {
  const line =
    markdown
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !isStructural(l)) ?? ''
  return shorten(toPlain(line), max)
}

/** Where the first of `terms` occurs in `line`, or -1. */
export function firstIndexOf(line: string, terms: readonly string[]): number {
  let first = -1
  for (const term of terms) {
    const at = line.indexOf(term)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** The first prose line that `matches`, else the first line; shortened around the match so it stays visible. */
export function lineMatching(markdown: string, matches: (lowerLine: string) => number, max = 220): string {
  for (const line of proseLines(markdown)) {
    const at = matches(line.toLowerCase())
    if (at < 0) continue
    if (line.length <= max || at < max - 40) return shorten(line, max)
    const start = Math.max(0, at - 60)
    return `…${shorten(line.slice(start), max - 1)}`
  }
  return firstLine(markdown, max)
}
