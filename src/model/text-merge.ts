/**
 * Three-way merges: two people changed the same starting value; keep both sets of changes
 * where they do not touch, and mark where they do.
 */
import { diffArrays } from 'diff'

export const CONFLICT_START = '<<<<<<< yours'
export const CONFLICT_SEPARATOR = '======='
export const CONFLICT_END = '>>>>>>> theirs'

/** A run of base lines `[start, end)` one side replaced with `lines`; `start === end` is an insertion. */
interface Hunk {
  start: number
  end: number
  lines: string[]
  side: 'mine' | 'theirs'
}

function hunks(base: string[], other: string[], side: Hunk['side']): Hunk[] {
  const result: Hunk[] = []
  let at = 0
  let open: Hunk | undefined
  for (const change of diffArrays(base, other)) {
    if (!change.added && !change.removed) {
      if (open) result.push(open)
      open = undefined
      at += change.count
      continue
    }
    open ??= { start: at, end: at, lines: [], side }
    if (change.removed) {
      at += change.count
      open.end = at
    } else open.lines.push(...change.value)
  }
  if (open) result.push(open)
  return result
}

// Changes that overlap, or insertions at the same place, cannot both be applied blindly.
const touches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(a.start, b.start) < Math.min(a.end, b.end) ||
  a.start === b.start ||
  (a.start === a.end && a.start > b.start && a.start < b.end) ||
  (b.start === b.end && b.start > a.start && b.start < a.end)

function applyWithin(base: string[], start: number, end: number, side: Hunk[]): string[] {
  const out: string[] = []
  let at = start
  for (const hunk of side) {
    out.push(...base.slice(at, hunk.start), ...hunk.lines)
    at = hunk.end
  }
  out.push(...base.slice(at, end))
  return out
}

export interface TextMerge {
  text: string
  /** Places where both changed the same lines differently, marked in `text`. */
  conflicts: number
}

/**
 * Merges line by line: a line only one side changed takes that change; lines both changed the
 * same way are kept once; lines both changed differently are kept in full between
 * `<<<<<<< yours`, `=======` and `>>>>>>> theirs` markers for a person to resolve.
 */
export function mergeText(base: string, mine: string, theirs: string): TextMerge {
  if (mine === theirs) return { text: mine, conflicts: 0 }
  if (mine === base) return { text: theirs, conflicts: 0 }
  if (theirs === base) return { text: mine, conflicts: 0 }
  const baseLines = base.split('\n')
  const all = [...hunks(baseLines, mine.split('\n'), 'mine'), ...hunks(baseLines, theirs.split('\n'), 'theirs')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  )
  const out: string[] = []
  let at = 0
  let conflicts = 0
  for (let i = 0; i < all.length; ) {
    const region = { start: all[i]!.start, end: all[i]!.end }
    const members = [all[i]!]
    for (i++; i < all.length && touches(region, all[i]!); i++) {
      region.end = Math.max(region.end, all[i]!.end)
      members.push(all[i]!)
    }
    out.push(...baseLines.slice(at, region.start))
    const ours = members.filter((h) => h.side === 'mine')
    const their = members.filter((h) => h.side === 'theirs')
    const mineText = applyWithin(baseLines, region.start, region.end, ours)
    const theirText = applyWithin(baseLines, region.start, region.end, their)
    if (ours.length === 0) out.push(...theirText)
    else if (their.length === 0 || mineText.join('\n') === theirText.join('\n')) out.push(...mineText)
    else {
      conflicts++
      out.push(CONFLICT_START, ...mineText, CONFLICT_SEPARATOR, ...theirText, CONFLICT_END)
    }
    at = region.end
  }
  out.push(...baseLines.slice(at))
  return { text: out.join('\n'), conflicts }
}

/** True while `text` still holds a conflict marker line from {@link mergeText}. */
export function hasConflictMarkers(text: string): boolean {
  return text.split('\n').some((line) => line === CONFLICT_START || line === CONFLICT_SEPARATOR || line === CONFLICT_END)
}

/**
 * Merges two edits of a list: what either side added is kept (theirs in their order, then
 * mine), what either side removed is gone. Items are compared by `key`.
 */
export function mergeLists<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[], key: (item: T) => string = String): T[] {
  const baseKeys = new Set(base.map(key))
  const mineKeys = new Set(mine.map(key))
  const removedByMe = new Set([...baseKeys].filter((k) => !mineKeys.has(k)))
  const result: T[] = []
  const seen = new Set<string>()
  for (const item of [...theirs, ...mine.filter((m) => !baseKeys.has(key(m)))]) {
    const k = key(item)
    if (seen.has(k) || removedByMe.has(k)) continue
    seen.add(k)
    result.push(item)
  }
  return result
}
