/** Line and column of a JSON.parse error, read from the engine's message ("… at position 812" or "(line 3 column 5)"). */
export function jsonErrorLocation(error: unknown, text: string): { line?: number; column?: number } {
  const message = error instanceof Error ? error.message : String(error)
  const lineColumn = /line (\d+) column (\d+)/i.exec(message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /position (\d+)/i.exec(message)
  if (!position) return {}
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  return { line, column: before.length - before.lastIndexOf('\n') }
}
