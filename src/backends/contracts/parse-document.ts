import { LineCounter, parseAllDocuments, type Document } from 'yaml'
import type { SourceProblem } from '../catalog-backend'

export type DocumentPath = readonly (string | number)[]

export interface ParsedDocument {
  data: unknown
  /** The document's own text: the whole file, or its part of a YAML stream. */
  text: string
  /** Line and column where the value at `path` starts, or its nearest ancestor that exists. */
  locate(path: DocumentPath): { line: number; column: number } | undefined
}

const MAX_BYTES = 5_000_000
const MAX_DOCUMENTS = 50

const invalid = (error: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }): SourceProblem => ({
  severity: 'error',
  message: `Invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
  ...(error.linePos ? { line: error.linePos[0].line, column: error.linePos[0].col } : {}),
})

function toParsed(doc: Document, text: string, lineCounter: LineCounter): ParsedDocument | SourceProblem {
  let data: unknown
  try {
    // maxAliasCount stops "billion laughs" alias bombs.
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { severity: 'error', message: `The YAML cannot be read: ${error instanceof Error ? error.message : String(error)}` }
  }
  const locate = (path: DocumentPath) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined
      if (node && typeof node === 'object' && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0])
        return { line, column: col }
      }
    }
    return undefined
  }
  const [start = 0, , end = text.length] = doc.range ?? []
  return { data, text: text.slice(start, end).trim() ? text.slice(start, end) : text, locate }
}

/**
 * Parses YAML (JSON is YAML too), keeping positions so schema errors can name a line. A YAML
 * stream gives each of its documents; a document repeated as is counts once, empty ones not at all.
 * Never throws: broken syntax becomes problems with the line the parser stopped at.
 */
export function parseContractDocuments(text: string): { documents: ParsedDocument[]; problems: SourceProblem[] } {
  if (text.length > MAX_BYTES) return { documents: [], problems: [{ severity: 'error', message: `The file is larger than ${MAX_BYTES / 1_000_000} MB; Tessera does not read it.` }] }
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: true, uniqueKeys: true })
  const docs = Array.isArray(parsed) ? parsed : [parsed]
  const errors = docs.flatMap((doc) => doc.errors)
  if (errors.length) return { documents: [], problems: errors.slice(0, 10).map(invalid) }
  if (docs.length > MAX_DOCUMENTS) return { documents: [], problems: [{ severity: 'error', message: `The file holds ${docs.length} YAML documents; Tessera reads at most ${MAX_DOCUMENTS}.` }] }
  const documents: ParsedDocument[] = []
  const problems: SourceProblem[] = []
  const seen = new Set<string>()
  for (const doc of docs) {
    const result = toParsed(doc, text, lineCounter)
    if ('severity' in result) {
      problems.push(result)
      continue
    }
    if (result.data === null || result.data === undefined) continue
    const key = JSON.stringify(result.data)
    if (seen.has(key)) continue
    seen.add(key)
    documents.push(result)
  }
  return { documents, problems }
}

/** The first document of a file, for files that hold one thing (a port `$ref`). */
export function parseContractDocument(text: string): { document?: ParsedDocument; problems: SourceProblem[] } {
  const { documents, problems } = parseContractDocuments(text)
  return documents[0] ? { document: documents[0], problems } : { problems: problems.length ? problems : [{ severity: 'error', message: 'The file holds no YAML document.' }] }
}
