import type { DataProduct, EditableProductFields, Urn } from '../../model/types'
import type { FileChange } from '../git-host/unified-diff'
import { applyYamlEdits, newYamlFile, YamlEditError, yamlHas, type YamlEdit, type YamlStep } from '../git-host/yaml-edit'
import { chooseRule, planProducts, type ProductRule } from './assign-products'
import type { Group, RelationNode } from './manifest-schema'
import { describeProduct, productUrn } from './map-dbt-catalog'
import type { DbtManifest } from './read-artifacts'

/** Where one product's documentation is written in its dbt project. */
export interface DbtDocOrigin {
  urn: Urn
  projectName: string
  basis: 'group' | 'model'
  name: string
  group?: Group
  members: RelationNode[]
}

/** The fields a dbt project keeps in its properties YAML and Tessera can propose changes to. */
export const DBT_EDITABLE_FIELDS = ['description', 'columnDescriptions'] as const

/** Every product of one manifest, with the nodes whose YAML documents it. */
export function dbtOrigins(manifest: DbtManifest, rule: ProductRule): Map<Urn, DbtDocOrigin> {
  const chosen = chooseRule(rule, manifest.relations, manifest.groups)
  const plans = planProducts(manifest.relations, manifest.groups, chosen.rule)
  return new Map(
    plans.map((plan) => {
      const urn = productUrn(plan)
      return [urn, { urn, projectName: manifest.projectName, basis: plan.basis, name: plan.name, ...(plan.group ? { group: plan.group } : {}), members: plan.members }]
    }),
  )
}

const RESOURCE_KEYS: Record<string, string> = { model: 'models', snapshot: 'snapshots', seed: 'seeds' }

/** `jaffle_shop://models/schema.yml` → `models/schema.yml`. */
const projectPath = (patchPath: string) => patchPath.replace(/^[^:/]+:\/\//, '')

/** The properties file of a node: its patch_path, or a new `<name>.yml` beside its SQL. */
function propertiesFile(node: RelationNode): { path: string; exists: boolean } {
  if (node.patch_path) return { path: projectPath(node.patch_path), exists: true }
  const sql = node.original_file_path ?? `models/${node.name}.sql`
  const folder = sql.includes('/') ? sql.slice(0, sql.lastIndexOf('/') + 1) : ''
  return { path: `${folder}${node.name}.yml`, exists: false }
}

const nodeStep = (node: RelationNode): YamlStep[] => [RESOURCE_KEYS[node.resource_type] ?? 'models', { key: 'name', equals: node.name }]

/** The text a reader wrote: the published description without what Tessera adds (group's model list, exposures). */
function ownDescription(origin: DbtDocOrigin, published: string, next: string): string {
  const own =
    origin.group?.description?.trim() || (origin.basis === 'model' ? origin.members.find((m) => m.description?.trim())?.description?.trim() : '') || ''
  const generated = describeProduct(
    { key: '', basis: origin.basis, packageName: origin.projectName, name: origin.name, ...(origin.group ? { group: origin.group } : {}), members: origin.members },
    [],
    undefined,
  ).slice(own.length)
  const tail = published.startsWith(own) ? published.slice(own.length) : generated
  if (tail && next.endsWith(tail)) return next.slice(0, next.length - tail.length).trim()
  return next.trim()
}

const quote = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim()
  return `“${line.length > 120 ? `${line.slice(0, 119)}…` : line}”`
}

/** What the proposal will change, file by file, and each change in words. */
export interface DbtEditResult {
  files: FileChange[]
  /** One line per change, for the pull request's body. */
  changes: string[]
  /** Changes that cannot be written, with the reason. */
  refused: string[]
}

interface Planned {
  path: string
  exists: boolean
  edits: YamlEdit[]
  node?: RelationNode
}

function plan(origin: DbtDocOrigin, product: DataProduct, changes: Partial<EditableProductFields>, readText: (path: string) => string | undefined) {
  const planned = new Map<string, Planned>()
  const words: string[] = []
  const refused: string[] = []
  const add = (file: { path: string; exists: boolean }, edit: YamlEdit, node?: RelationNode) => {
    const entry = planned.get(file.path) ?? { path: file.path, exists: file.exists, edits: [], ...(node ? { node } : {}) }
    entry.edits.push(edit)
    planned.set(file.path, entry)
  }
  const installed = (node: RelationNode) => node.package_name !== origin.projectName

  if (changes.description !== undefined && changes.description !== product.description) {
    const text = ownDescription(origin, product.description, changes.description)
    if (origin.basis === 'group') {
      const group = origin.group
      if (!group?.original_file_path) refused.push(`The description of group ${origin.name}: the manifest does not say which file defines the group.`)
      else {
        add({ path: group.original_file_path, exists: true }, { path: ['groups', { key: 'name', equals: group.name }, 'description'], value: text })
        words.push(`Description of group \`${origin.name}\` set to ${quote(text)}`)
      }
    } else {
      const node = origin.members.find((m) => m.patch_path) ?? origin.members[0]
      if (!node) refused.push('The description: the product has no model.')
      else if (installed(node)) refused.push(`The description of ${node.name}: it lives in the installed package ${node.package_name}; change it there.`)
      else {
        add(propertiesFile(node), { path: [...nodeStep(node), 'description'], value: text }, node)
        words.push(`Description of \`${node.name}\` set to ${quote(text)}`)
      }
    }
  }

  for (const change of changes.columnDescriptions ?? []) {
    const node = origin.members.find((m) => m.unique_id === change.outputPortId)
    const port = product.outputPorts.find((p) => p.id === change.outputPortId)
    if (!node) {
      refused.push(`Column ${change.column}: its model is not part of this product in the manifest.`)
      continue
    }
    if (installed(node)) {
      refused.push(`Column ${change.column} of ${node.name}: it lives in the installed package ${node.package_name}; change it there.`)
      continue
    }
    const file = propertiesFile(node)
    const version = node.version === null || node.version === undefined ? undefined : String(node.version)
    const column: YamlStep = { key: 'name', equals: change.column }
    let path: YamlStep[] = [...nodeStep(node), 'columns', column, 'description']
    if (version !== undefined && file.exists) {
      // A version that lists its own columns is documented there, not in the model's shared list.
      const text = readText(file.path)
      const inVersion = [...nodeStep(node), 'versions', { key: 'v', equals: version }, 'columns', column]
      if (text !== undefined && yamlHas(text, inVersion)) path = [...inVersion, 'description']
    }
    add(file, { path, value: change.description.trim() }, node)
    words.push(`Column \`${change.column}\` of \`${port?.name ?? node.name}\`: description set to ${quote(change.description)}`)
  }

  for (const field of ['tags', 'glossaryTerms', 'owners', 'links', 'columnTags', 'columnClassifications'] as const) {
    if (changes[field] !== undefined) refused.push(`${field}: Tessera proposes descriptions for dbt projects; change ${field} in the project’s YAML.`)
  }
  return { planned: [...planned.values()], words, refused }
}

/**
 * Applies a product's changes to the YAML of its dbt project: `readText(path)` gives a file's
 * current text (undefined when it does not exist). Reading the base branch again and calling
 * this again re-applies the same changes to whatever is there now.
 */
export function applyDbtChanges(
  origin: DbtDocOrigin,
  product: DataProduct,
  changes: Partial<EditableProductFields>,
  readText: (path: string) => string | undefined,
): DbtEditResult {
  const { planned, words, refused } = plan(origin, product, changes, readText)
  const files: FileChange[] = []
  for (const entry of planned) {
    const before = readText(entry.path)
    try {
      if (before === undefined) {
        if (entry.exists) {
          refused.push(`${entry.path} is not in the repository any more.`)
          continue
        }
        const node = entry.node as RelationNode
        const start = newYamlFile({ version: 2, [RESOURCE_KEYS[node.resource_type] ?? 'models']: [{ name: node.name }] })
        files.push({ path: entry.path, after: applyYamlEdits(start, entry.edits) })
      } else {
        files.push({ path: entry.path, before, after: applyYamlEdits(before, entry.edits) })
      }
    } catch (error) {
      refused.push(`${entry.path}: ${error instanceof YamlEditError ? error.message : 'the file could not be changed.'}`)
    }
  }
  return { files, changes: words, refused }
}

/** The project files a change reads and writes, to fetch before `applyDbtChanges`. */
export function dbtFilesFor(origin: DbtDocOrigin, product: DataProduct, changes: Partial<EditableProductFields>): string[] {
  return plan(origin, product, changes, () => undefined).planned.map((p) => p.path)
}
