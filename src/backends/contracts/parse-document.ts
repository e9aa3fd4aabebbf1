import { LineCounter, parseDocument } from 'yaml'
import type { SourceProblem } from '../catalog-backend'

export type DocumentPath = readonly (string | number)[]

export interface ParsedDocument {
  data: unknown
  /** Line and column where the value at `path` starts, or its nearest ancestor that exists. */
  locate(path: DocumentPath): { line: number; column: number } | undefined
}

const MAX_BYTES = 5_000_000

/**
 * Parses YAML (JSON is YAML too), keeping positions so schema errors can name a line.
 * Never throws: broken syntax becomes problems with the line the parser stopped at.
 */
export function parseContractDocument(text: string): { document?: ParsedDocument; problems: SourceProblem[] } {
  if (text.length > MAX_BYTES) return { problems: [{ severity: 'error', message: `The file is larger than ${MAX_BYTES / 1_000_000} MB; Tessera does not read it.` }] }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length) {
    return {
      problems: doc.errors.slice(0, 10).map((error) => ({
        severity: 'error' as const,
        message: `Invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        ...(error.linePos ? { line: error.linePos[0].line, column: error.linePos[0].col } : {}),
      })),
    }
  }
  let data: unknown
  try {
    // maxAliasCount stops "billion laughs" alias bombs.
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { problems: [{ severity: 'error', message: `The YAML cannot be read: ${error instanceof Error ? error.message : String(error)}` }] }
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
  return { document: { data, locate }, problems: [] }
}
