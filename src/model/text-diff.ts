/**
 * Differences between two texts as runs of kept, added and removed text, for marking changes
 * in the conflict view and the history. Built on jsdiff.
 */
import { diffLines, diffWordsWithSpace, type Change } from 'diff'

export type DiffKind = 'same' | 'added' | 'removed'

export interface DiffSegment {
  kind: DiffKind
  text: string
}

/** `words` for prose (changes marked inside a line), `lines` for lists held one item per line. */
export type DiffGranularity = 'words' | 'lines'

// Hostile or huge texts: beyond this edit distance or time the texts are shown as replaced, not diffed.
const LIMITS = { maxEditLength: 2_000, timeout: 150 }

function toSegments(changes: Change[]): DiffSegment[] {
  const runs: DiffSegment[] = changes
    .filter((c) => c.value !== '')
    .map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
  // Readability: a lone space kept between two changes splits one replaced phrase into
  // word-by-word alternations; count it as changed, then show each changed stretch as all
  // of its removed text followed by all of its added text.
  const absorbed = runs.map((run, i) =>
    run.kind === 'same' && /^\s+$/.test(run.text) && i > 0 && i < runs.length - 1 && runs[i - 1]!.kind !== 'same' && runs[i + 1]!.kind !== 'same'
      ? { ...run, kind: 'both' as const }
      : run,
  )
  const segments: DiffSegment[] = []
  const push = (kind: DiffKind, text: string) => {
    if (text === '') return
    const last = segments.at(-1)
    if (last?.kind === kind) last.text += text
    else segments.push({ kind, text })
  }
  for (let i = 0; i < absorbed.length; ) {
    if (absorbed[i]!.kind === 'same') {
      push('same', absorbed[i]!.text)
      i++
      continue
    }
    let removed = ''
    let added = ''
    for (; i < absorbed.length && absorbed[i]!.kind !== 'same'; i++) {
      const run = absorbed[i]!
      if (run.kind !== 'added') removed += run.text
      if (run.kind !== 'removed') added += run.text
    }
    push('removed', removed)
    push('added', added)
  }
  return segments
}

/**
 * What changed from `before` to `after`, in order: concatenating the kept and removed runs gives
 * `before`, the kept and added ones `after` (in `lines` mode every line ends with a newline).
 */
export function diffText(before: string, after: string, granularity: DiffGranularity = 'words'): DiffSegment[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const changes =
    granularity === 'lines'
      ? diffLines(withFinalNewline(before), withFinalNewline(after), LIMITS)
      : diffWordsWithSpace(before, after, LIMITS)
  const replaced = [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])]
  if (!changes) return replaced
  const segments = toSegments(changes)
  // A rewrite that shares only a stray word or two reads better as replaced than as confetti.
  const kept = segments.filter((s) => s.kind === 'same').reduce((sum, s) => sum + s.text.trim().length, 0)
  return granularity === 'words' && kept < 0.15 * Math.max(before.length, after.length) && segments.length > 3 ? replaced : segments
}

// Line diffs compare whole lines: a last line without a newline would otherwise differ from the same line with one.
const withFinalNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`)

/** The two sides of a diff for a side-by-side view: the old text with removals marked, the new with additions marked. */
export function sideBySide(segments: readonly DiffSegment[]): { before: DiffSegment[]; after: DiffSegment[] } {
  return {
    before: segments.filter((s) => s.kind !== 'added'),
    after: segments.filter((s) => s.kind !== 'removed'),
  }
}

/** Reassembles one side of a diff: `before` (kept and removed runs) or `after` (kept and added). */
export function sideText(segments: readonly DiffSegment[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed'
  return segments
    .filter((s) => s.kind !== skip)
    .map((s) => s.text)
    .join('')
}

/** True when the diff has any addition or removal. */
export const hasChanges = (segments: readonly DiffSegment[]): boolean => segments.some((s) => s.kind !== 'same')
