/** First meaningful line of Markdown as plain text, for one-line summaries. Never interpreted as HTML. */
export function firstLine(markdown: string, max = 220): string {
  const line =
    markdown
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !/^(#{1,6}\s|```|\||-{3,}|>)/.test(l)) ?? ''
  const plain = line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`~]/g, '')
    .replace(/^[-+*]\s+|^\d+\.\s+/, '')
    .trim()
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain
}
