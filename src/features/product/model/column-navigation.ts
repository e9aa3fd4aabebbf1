import { expandablePaths, schemaView } from '../../../model/schema-columns'
import type { Column } from '../../../model/types'

/**
 * The undocumented column after (or before) `path` that the table would show with every
 * parent expanded and the same filter: where Tab (Shift+Tab) goes from an open description.
 * A column with a non-blank draft counts as documented.
 */
export function neighbourGap(
  columns: readonly Column[],
  path: string,
  direction: 'next' | 'previous',
  options: { filter?: string; undocumentedOnly?: boolean; drafts?: ReadonlyMap<string, string> } = {},
): string | undefined {
  const { rows } = schemaView(columns, { expanded: new Set(expandablePaths(columns)), filter: options.filter, undocumentedOnly: options.undocumentedOnly })
  const gaps = rows.filter((r) => r.path === path || (!r.documented && !options.drafts?.get(r.path)?.trim()))
  const at = gaps.findIndex((r) => r.path === path)
  return gaps[direction === 'next' ? at + 1 : at - 1]?.path
}
