import { z } from 'zod'
import type { ProposedChange } from '../catalog-backend'
import type { DataProduct, EditableProductFields } from '../../model/types'


const MARKER = 'tessera-proposal'
const changeSchema = z.object({ field: z.string(), label: z.string(), published: z.string(), proposed: z.string() })

/** The changes of a save, each named in words with its published and proposed text. */
export function describeChanges(product: DataProduct, changes: Partial<EditableProductFields>): ProposedChange[] {
  const list: ProposedChange[] = []
  if (changes.description !== undefined) list.push({ field: 'description', label: 'Description', published: product.description, proposed: changes.description })
  if (changes.tags !== undefined) list.push({ field: 'tags', label: 'Tags', published: product.tags.join(', '), proposed: changes.tags.join(', ') })
  for (const c of changes.columnDescriptions ?? []) {
    const port = product.outputPorts.find((p) => p.id === c.outputPortId)
    const column = port?.columns.find((col) => col.name === c.column) ?? port?.columns.flatMap((col) => col.fields ?? []).find((f) => `${f.name}` === c.column.split('.').pop())
    list.push({
      field: `column:${c.outputPortId}:${c.column}`,
      label: `Column ${c.column} of ${port?.name ?? c.outputPortId}`,
      published: column?.description ?? '',
      proposed: c.description,
    })
  }
  return list
}

const oneLine = (text: string, max = 160) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

export const changeSummary = (change: ProposedChange) => `${change.label}: ${change.proposed.trim() ? `“${oneLine(change.proposed)}”` : 'cleared'}`

/** A pull request's body: each change in words, then the changes as data for Tessera to read back. */
export function proposalBody(product: DataProduct, changes: readonly ProposedChange[]): string {
  const lines = changes.map((c) => `- **${c.label}**: ${c.published.trim() ? `“${oneLine(c.published, 80)}” → ` : ''}${c.proposed.trim() ? `“${oneLine(c.proposed)}”` : 'cleared'}`)
  const data = JSON.stringify(changes).replace(/--/g, '-\\u002d')
  return `Documentation of **${product.title}** (\`${product.urn}\`), proposed by its owner in Tessera.\n\n${lines.join('\n')}\n\n<!-- ${MARKER} ${data} -->\n`
}

/** The changes Tessera wrote in a body; none when the body was edited beyond reading. Untrusted: only text comes out. */
export function readProposalChanges(body: string): ProposedChange[] {
  const match = new RegExp(`<!-- ${MARKER} (.*?) -->`, 's').exec(body)
  if (!match) return []
  try {
    const parsed = z.array(changeSchema).max(500).safeParse(JSON.parse(match[1] as string))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}
