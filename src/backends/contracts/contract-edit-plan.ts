import { parseDocument } from 'yaml'
import type { DataProduct, EditableProductFields } from '../../model/types'
import type { FileChange } from '../git-host/unified-diff'
import { applyYamlEdits, YamlEditError, yamlHas, type YamlEdit, type YamlStep } from '../git-host/yaml-edit'
import { detectStandard } from './detect-standard'

/** The fields a contract file holds that Tessera can propose changes to. */
export const CONTRACT_EDITABLE_FIELDS = ['description', 'tags', 'columnDescriptions'] as const

/** What a proposal changes in contract files, and each change in words. */
export interface ContractEditResult {
  files: FileChange[]
  changes: string[]
  refused: string[]
}

type Standard = 'odcs' | 'dcs'

/** `contracts/orders.odcs.yaml#orders` → the file and the schema object (ODCS) or model (DCS). */
function splitPortId(id: string): { url: string; object: string } | undefined {
  const at = id.lastIndexOf('#')
  return at > 0 ? { url: id.slice(0, at), object: id.slice(at + 1) } : undefined
}

function standardOf(text: string): Standard | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length) return undefined
  const detected = detectStandard(doc.toJS({ maxAliasCount: 100 }))
  if ('error' in detected) return undefined
  return detected.standard === 'dcs' ? 'dcs' : detected.standard.startsWith('odcs') ? 'odcs' : undefined
}

/** The path to a (possibly nested, dotted) column's description in either standard. */
function columnPath(text: string, standard: Standard, object: string, column: string): YamlStep[] {
  const names = column.split('.')
  if (standard === 'dcs') {
    let path: YamlStep[] = ['models', object]
    names.forEach((name, i) => {
      if (i > 0 && !yamlHas(text, [...path, 'fields']) && yamlHas(text, [...path, 'items', 'fields'])) path = [...path, 'items']
      path = [...path, 'fields', name]
    })
    return [...path, 'description']
  }
  const objectStep: YamlStep = /^\d+$/.test(object) && !yamlHas(text, ['schema', { key: 'name', equals: object }]) ? Number(object) : { key: 'name', equals: object }
  let path: YamlStep[] = ['schema', objectStep]
  names.forEach((name, i) => {
    if (i > 0 && !yamlHas(text, [...path, 'properties']) && yamlHas(text, [...path, 'items', 'properties'])) path = [...path, 'items']
    path = [...path, 'properties', { key: 'name', equals: name }]
  })
  return [...path, 'description']
}

/** Where the contract's own description is: ODCS keeps the purpose under `description`, DCS under `info`. */
function descriptionPath(text: string, standard: Standard): YamlStep[] {
  if (standard === 'dcs') return ['info', 'description']
  const doc = parseDocument(text)
  return typeof doc.get('description') === 'string' ? ['description'] : ['description', 'purpose']
}

const quote = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return `“${line.length > 120 ? `${line.slice(0, 119)}…` : line}”`
}

/**
 * The contract files a product's changes touch, by the address Tessera read them from: the
 * product's contract for its description and tags, each port's file for its columns.
 */
export function contractFilesFor(product: DataProduct, changes: Partial<EditableProductFields>): string[] {
  const urls = new Set<string>()
  if ((changes.description !== undefined || changes.tags !== undefined) && product.contract?.url) urls.add(product.contract.url)
  for (const change of changes.columnDescriptions ?? []) {
    const port = splitPortId(change.outputPortId)
    if (port) urls.add(port.url)
  }
  return [...urls]
}

/**
 * Applies a product's changes to its contract files. `readText(url)` gives a file's current
 * text; `pathOf(url)` names it in the repository. Calling it again on the base branch's newer
 * text re-applies the same changes there.
 */
export function applyContractChanges(
  product: DataProduct,
  changes: Partial<EditableProductFields>,
  readText: (url: string) => string | undefined,
  pathOf: (url: string) => string,
): ContractEditResult {
  const edits = new Map<string, YamlEdit[]>()
  const words: string[] = []
  const refused: string[] = []
  const add = (url: string, edit: YamlEdit) => edits.set(url, [...(edits.get(url) ?? []), edit])
  const fileOf = (url: string): { text: string; standard: Standard } | undefined => {
    const text = readText(url)
    const standard = text === undefined ? undefined : standardOf(text)
    return text !== undefined && standard ? { text, standard } : undefined
  }

  const contractUrl = product.contract?.url
  if (changes.description !== undefined && changes.description !== product.description) {
    const file = contractUrl ? fileOf(contractUrl) : undefined
    if (!contractUrl || !file) refused.push('The description: this product’s description is not written in a contract file Tessera can change.')
    else {
      add(contractUrl, { path: descriptionPath(file.text, file.standard), value: changes.description.trim() })
      words.push(`Description set to ${quote(changes.description)}`)
    }
  }
  if (changes.tags !== undefined) {
    const file = contractUrl ? fileOf(contractUrl) : undefined
    if (!contractUrl || !file) refused.push('Tags: this product has no contract file to write them in.')
    else {
      add(contractUrl, { path: ['tags'], value: changes.tags })
      words.push(`Tags set to ${changes.tags.length ? changes.tags.map((t) => `\`${t}\``).join(', ') : 'none'}`)
    }
  }
  for (const change of changes.columnDescriptions ?? []) {
    const port = splitPortId(change.outputPortId)
    const file = port ? fileOf(port.url) : undefined
    if (!port || !file) {
      refused.push(`Column ${change.column}: its contract file could not be read.`)
      continue
    }
    add(port.url, { path: columnPath(file.text, file.standard, port.object, change.column), value: change.description.trim() })
    const name = product.outputPorts.find((p) => p.id === change.outputPortId)?.name ?? port.object
    words.push(`Column \`${change.column}\` of \`${name}\`: description set to ${quote(change.description)}`)
  }
  for (const field of ['glossaryTerms', 'owners', 'links', 'columnTags', 'columnClassifications'] as const) {
    if (changes[field] !== undefined) refused.push(`${field}: Tessera proposes descriptions and tags for contract files; change ${field} in the file.`)
  }

  const files: FileChange[] = []
  for (const [url, list] of edits) {
    const before = readText(url) as string
    try {
      files.push({ path: pathOf(url), before, after: applyYamlEdits(before, list) })
    } catch (error) {
      refused.push(`${pathOf(url)}: ${error instanceof YamlEditError ? error.message : 'the file could not be changed.'}`)
    }
  }
  return { files, changes: words, refused }
}
