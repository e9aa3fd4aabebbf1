import { CST, Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'

/**
 * One step into a YAML document: a mapping key, a sequence index, or the item of a sequence of
 * mappings whose `key` holds `equals` (`{ key: 'name', equals: 'order_id' }` for a dbt column).
 */
export type YamlStep = string | number | { key: string; equals: string }

/** Sets the value at `path`, creating the mappings and sequence items on the way when missing. */
export interface YamlEdit {
  path: readonly YamlStep[]
  value: string | readonly string[]
}

/** The file cannot take the edit (not valid YAML, or the path crosses something that is not a mapping). */
export class YamlEditError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'YamlEditError'
  }
}

type Value = string | readonly string[] | Record<string, unknown>

const stepLabel = (step: YamlStep) => (typeof step === 'object' ? `${step.key}=${step.equals}` : String(step))

const lineStart = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1
const columnOf = (source: string, offset: number) => offset - lineStart(source, offset)

/** The offset just after the line holding `offset - 1`: where a new line after a node goes. */
function afterLine(source: string, end: number): { at: number; prefix: string } {
  if (end > 0 && source[end - 1] === '\n') return { at: end, prefix: '' }
  const newline = source.indexOf('\n', end)
  return newline === -1 ? { at: source.length, prefix: '\n' } : { at: newline + 1, prefix: '' }
}

/** How this file indents: the step between a key and its nested keys, and whether `- ` items sit under their key or beside it. */
export function detectStyle(source: string): { indent: number; indentSeq: boolean } {
  const lines = source.split('\n')
  let indent = 0
  let indentSeq: boolean | undefined
  for (let i = 0; i + 1 < lines.length; i++) {
    const key = /^( *)[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i] as string)
    if (!key) continue
    const next = lines.slice(i + 1).find((l) => l.trim() && !l.trim().startsWith('#'))
    if (!next) continue
    const own = (key[1] as string).length
    const nested = (/^( *)/.exec(next)?.[1] as string).length
    if (next.trimStart().startsWith('- ')) indentSeq ??= nested > own
    else if (nested > own && !indent) indent = nested - own
    if (indent && indentSeq !== undefined) break
  }
  return { indent: indent || 2, indentSeq: indentSeq ?? true }
}

/** `value` as block YAML lines, each prefixed with `indent` spaces, ending in a newline. */
function renderBlock(value: unknown, indent: number, style: ReturnType<typeof detectStyle>): string {
  const text = new Document(value).toString({ indent: style.indent, indentSeq: style.indentSeq, lineWidth: 0 })
  const pad = ' '.repeat(indent)
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n')
    .concat('\n')
}

function renderFlow(value: readonly string[]): string {
  const doc = new Document(value)
  ;(doc.contents as YAMLSeq).flow = true
  return doc.toString({ lineWidth: 0 }).replace(/\n$/, '')
}

/** What `path` holds from step `from` on, as a value to insert: `['meta', 'owner']` → `{ meta: { owner } }`. */
function nest(path: readonly YamlStep[], from: number, value: Value): Value {
  let result: Value = value
  for (let i = path.length - 1; i >= from; i--) {
    const step = path[i] as YamlStep
    if (typeof step === 'number') throw new YamlEditError(`No item ${step} to change.`)
    result = typeof step === 'object' ? [{ [step.key]: step.equals, ...(result as Record<string, unknown>) }] as unknown as Value : { [step]: result }
  }
  return result
}

const keyText = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined)

function findItem(seq: YAMLSeq, step: { key: string; equals: string }): Node | undefined {
  const items = seq.items.filter(isMap) as YAMLMap[]
  const valueOf = (item: YAMLMap) => {
    const v = item.get(step.key)
    return v === undefined || v === null ? undefined : String(v)
  }
  return items.find((item) => valueOf(item) === step.equals) ?? items.find((item) => valueOf(item)?.toLowerCase() === step.equals.toLowerCase())
}

const splice = (source: string, start: number, end: number, text: string) => source.slice(0, start) + text + source.slice(end)

/** Inserted lines; a file that ended without a newline still does. */
const insertLines = (source: string, at: number, prefix: string, lines: string) =>
  splice(source, at, at, prefix ? prefix + lines.replace(/\n$/, '') : lines)

/** A new pair at the end of a block mapping, indented like its other keys. */
function appendPair(source: string, map: YAMLMap, key: string, value: Value, style: ReturnType<typeof detectStyle>): string {
  if (map.flow || !map.range) throw new YamlEditError(`Cannot add ${key} to a mapping written on one line.`)
  const first = map.items[0]?.key as Node | undefined
  const indent = first?.range ? columnOf(source, first.range[0]) : columnOf(source, map.range[0])
  const last = map.items[map.items.length - 1]
  const lastNode = (last?.value ?? last?.key) as Node | undefined
  const { at, prefix } = afterLine(source, lastNode?.range?.[2] ?? map.range[2])
  return insertLines(source, at, prefix, renderBlock({ [key]: value }, indent, style))
}

function appendItem(source: string, seq: YAMLSeq, value: Value, style: ReturnType<typeof detectStyle>): string {
  if (seq.flow || !seq.range || seq.items.length === 0) throw new YamlEditError('Cannot add an item to a list written on one line.')
  const indent = columnOf(source, seq.range[0])
  const last = seq.items[seq.items.length - 1] as Node
  const { at, prefix } = afterLine(source, last.range?.[2] ?? seq.range[2])
  return insertLines(source, at, prefix, renderBlock([value], indent, style))
}

/** The original text of a scalar replaced by `value` in the same style (quotes, block or plain). */
function replaceScalar(source: string, node: Node, value: string): string {
  const token = node.srcToken
  if (!token || !isScalar(node)) throw new YamlEditError('Cannot change this value in place.')
  const before = CST.stringify(token)
  const start = token.offset
  if (source.slice(start, start + before.length) !== before) throw new YamlEditError('The file changed while it was being edited.')
  const copy = structuredClone(token)
  if (copy.type === 'block-scalar') {
    // Keep the content where it was: dbt files indent block text under the key.
    const body = /\n( +)\S/.exec(before)
    if (body) copy.indent = (body[1] as string).length
    CST.setScalarValue(copy, value)
  } else {
    CST.setScalarValue(copy, value, { afterKey: true })
  }
  return splice(source, start, start + before.length, CST.stringify(copy))
}

function replaceList(source: string, node: Node, value: readonly string[], parentIndent: number, style: ReturnType<typeof detectStyle>): string {
  const range = node.range
  if (!range) throw new YamlEditError('Cannot change this list in place.')
  if (isSeq(node) && !node.flow) {
    const start = lineStart(source, range[0])
    const { at } = afterLine(source, range[1])
    const indent = columnOf(source, range[0])
    return splice(source, start, at, value.length ? renderBlock(value, indent, style) : `${' '.repeat(parentIndent)}[]\n`)
  }
  return splice(source, range[0], range[1], renderFlow(value))
}

function applyOne(source: string, edit: YamlEdit, style: ReturnType<typeof detectStyle>): string {
  const doc = parseDocument(source, { keepSourceTokens: true })
  if (doc.errors.length) throw new YamlEditError(`Not valid YAML: ${doc.errors[0]?.message ?? 'parse error'}`)
  let node: Node | null = doc.contents
  let parentIndent = 0
  for (let i = 0; i < edit.path.length; i++) {
    const step = edit.path[i] as YamlStep
    if (typeof step === 'string') {
      if (!isMap(node)) throw new YamlEditError(`Expected a mapping at ${edit.path.slice(0, i).map(stepLabel).join('.') || 'the top'}.`)
      const pair = node.items.find((p) => keyText(p) === step)
      const value = pair?.value as Node | null | undefined
      if (!pair || value === null || value === undefined || (isScalar(value) && value.value === null && !value.srcToken)) {
        if (pair) throw new YamlEditError(`${step} has no value to change.`)
        return appendPair(source, node, step, nest(edit.path, i + 1, edit.value), style)
      }
      if (pair.key && (pair.key as Node).range) parentIndent = columnOf(source, (pair.key as Node).range?.[0] ?? 0)
      node = value
    } else if (typeof step === 'number') {
      if (!isSeq(node)) throw new YamlEditError(`Expected a list at ${stepLabel(step)}.`)
      node = (node.items[step] as Node | undefined) ?? null
      if (!node) throw new YamlEditError(`No item ${step} to change.`)
    } else {
      if (!isSeq(node)) throw new YamlEditError(`Expected a list of ${step.key}s at ${edit.path.slice(0, i).map(stepLabel).join('.')}.`)
      const item = findItem(node, step)
      if (!item) return appendItem(source, node, { [step.key]: step.equals, ...(nest(edit.path, i + 1, edit.value) as Record<string, unknown>) }, style)
      node = item
    }
  }
  if (!node) throw new YamlEditError('Nothing to change.')
  if (typeof edit.value === 'string') {
    if (isScalar(node)) return String(node.value ?? '') === edit.value ? source : replaceScalar(source, node, edit.value)
    throw new YamlEditError(`Expected a text value at ${edit.path.map(stepLabel).join('.')}.`)
  }
  const current = isSeq(node) ? node.toJSON() : isScalar(node) ? node.value : undefined
  if (Array.isArray(current) && current.length === edit.value.length && current.every((v, i) => String(v) === edit.value[i])) return source
  return replaceList(source, node, edit.value, parentIndent, style)
}

/**
 * Applies edits to YAML text and changes nothing else: comments, key order, quoting, anchors,
 * line width and indentation of every untouched node are kept byte for byte. An edit that
 * sets the value already there changes nothing.
 */
export function applyYamlEdits(source: string, edits: readonly YamlEdit[]): string {
  const style = detectStyle(source)
  return edits.reduce((text, edit) => {
    const next = applyOne(text, edit, style)
    const check = parseDocument(next)
    if (check.errors.length) throw new YamlEditError(`The edit at ${edit.path.map(stepLabel).join('.')} would break the file.`)
    return next
  }, source)
}

/** Whether `path` leads to something in the document (false for invalid YAML). */
export function yamlHas(source: string, path: readonly YamlStep[]): boolean {
  const doc = parseDocument(source)
  if (doc.errors.length) return false
  let node: unknown = doc.contents
  for (const step of path) {
    if (typeof step === 'string') node = isMap(node) ? node.get(step, true) : undefined
    else if (typeof step === 'number') node = isSeq(node) ? node.get(step, true) : undefined
    else node = isSeq(node) ? findItem(node, step) : undefined
    if (node === undefined || node === null) return false
  }
  return true
}

/** A new YAML file holding `value`, written the way dbt's own examples are. */
export function newYamlFile(value: Record<string, unknown>): string {
  return new Document(value).toString({ indent: 2, indentSeq: true, lineWidth: 0 })
}
