/// <reference types="node" />
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffLines } from 'diff'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { applyYamlEdits, detectStyle, YamlEditError, type YamlStep } from './yaml-edit'

const PROPERTIES = `version: 2

# Orders, as finance reads them
models:
  - name: orders   # keep me
    description: "Orders placed on the web shop."
    config:
      tags: ['finance', "pii"]
    columns:
      - name: order_id
        description: >
          The order's id,
          unique.
      - name: amount
        description: 'In cents'
        data_tests: [not_null]
      - name: status
  - name: customers
    description: &shared Customers
    columns: []
`

describe('applyYamlEdits', () => {
  it('changes a quoted scalar and nothing else', () => {
    const out = applyYamlEdits(PROPERTIES, [{ path: ['models', { key: 'name', equals: 'orders' }, 'description'], value: 'Every order, "paid" or not.' }])
    expect(out).toBe(PROPERTIES.replace('"Orders placed on the web shop."', '"Every order, \\"paid\\" or not."'))
  })

  it('keeps a single-quoted scalar single-quoted and a folded block folded, where it was indented', () => {
    const out = applyYamlEdits(PROPERTIES, [
      { path: ['models', { key: 'name', equals: 'orders' }, 'columns', { key: 'name', equals: 'amount' }, 'description'], value: 'In euro cents' },
      { path: ['models', { key: 'name', equals: 'orders' }, 'columns', { key: 'name', equals: 'order_id' }, 'description'], value: 'The id.\n\nUnique per shop.\n' },
    ])
    expect(out).toContain("description: 'In euro cents'\n        data_tests: [not_null]")
    expect(out).toContain('description: >\n          The id.\n\n\n          Unique per shop.\n      - name: amount')
    expect(parseDocument(out).toJS().models[0].columns[0].description).toBe('The id.\n\nUnique per shop.\n')
  })

  it('adds a missing key under the item, indented like its siblings', () => {
    const out = applyYamlEdits(PROPERTIES, [{ path: ['models', { key: 'name', equals: 'orders' }, 'columns', { key: 'name', equals: 'status' }, 'description'], value: 'placed, paid: or shipped' }])
    expect(out).toBe(PROPERTIES.replace('      - name: status\n', '      - name: status\n        description: "placed, paid: or shipped"\n'))
  })

  it('adds a missing column as a new list item, and missing mappings on the way', () => {
    const out = applyYamlEdits(PROPERTIES, [
      { path: ['models', { key: 'name', equals: 'orders' }, 'columns', { key: 'name', equals: 'shop.region' }, 'description'], value: 'Region' },
      { path: ['models', { key: 'name', equals: 'orders' }, 'meta', 'owner'], value: 'ana@lumen.test' },
    ])
    expect(out).toContain('      - name: status\n      - name: shop.region\n        description: Region\n    meta:\n      owner: ana@lumen.test\n  - name: customers')
  })

  it('matches list items case-insensitively when no exact match exists', () => {
    const out = applyYamlEdits(PROPERTIES, [{ path: ['models', { key: 'name', equals: 'ORDERS' }, 'description'], value: 'x' }])
    expect(parseDocument(out).toJS().models[0].description).toBe('x')
  })

  it('replaces a flow list in flow style and keeps anchors elsewhere', () => {
    const out = applyYamlEdits(PROPERTIES, [{ path: ['models', { key: 'name', equals: 'orders' }, 'config', 'tags'], value: ['finance', 'orders'] }])
    expect(out).toBe(PROPERTIES.replace(`['finance', "pii"]`, '[ finance, orders ]'))
    expect(out).toContain('&shared Customers')
  })

  it('changes nothing when the value is already there', () => {
    expect(applyYamlEdits(PROPERTIES, [{ path: ['models', { key: 'name', equals: 'orders' }, 'description'], value: 'Orders placed on the web shop.' }])).toBe(PROPERTIES)
  })

  it('refuses a file that is not valid YAML, and a path through a scalar', () => {
    expect(() => applyYamlEdits('a: [1, 2\n', [{ path: ['a'], value: 'x' }])).toThrow(YamlEditError)
    expect(() => applyYamlEdits(PROPERTIES, [{ path: ['version', 'x'], value: 'y' }])).toThrow(/Expected a mapping/)
  })

  it('reads the file’s indentation', () => {
    expect(detectStyle(PROPERTIES)).toEqual({ indent: 2, indentSeq: true })
    expect(detectStyle('models:\n- name: a\n  columns:\n  - name: b\n')).toEqual({ indent: 2, indentSeq: false })
    expect(detectStyle('info:\n    title: x\n')).toMatchObject({ indent: 4 })
  })
})

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url))

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/i.test(name) ? [path] : []
  })
}

/** The first `description` holding text, as a path of keys and indexes. */
function firstDescription(node: Node | null, path: YamlStep[] = []): { path: YamlStep[]; node: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined
      if (key === undefined) continue
      const value = pair.value as Node | null
      if (key === 'description' && isScalar(value) && typeof value.value === 'string' && value.range) return { path: [...path, key], node: value }
      const found = firstDescription(value, [...path, key])
      if (found) return found
    }
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const found = firstDescription(item as Node, [...path, index])
      if (found) return found
    }
  }
  return undefined
}

function setIn(value: unknown, path: readonly YamlStep[], next: string): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setIn(v, rest, next) : v))
  const record = value as Record<string, unknown>
  return { ...record, [head as string]: setIn(record[head as string], rest, next) }
}

describe.skipIf(!existsSync(FIXTURES))('lossless round-trip over every YAML fixture', () => {
  const files = existsSync(FIXTURES) ? yamlFiles(FIXTURES) : []

  it.each(files.map((f) => [f.slice(FIXTURES.length), f]))('%s: one description changed, nothing else', (_name, file) => {
    const source = readFileSync(file, 'utf8')
    const doc = parseDocument(source)
    if (doc.errors.length) {
      expect(() => applyYamlEdits(source, [{ path: ['description'], value: 'x' }])).toThrow(YamlEditError)
      return
    }
    const target = firstDescription(doc.contents)
    const value = 'Changed by Tessera: "quoted", #hash, colon: yes'
    if (!target) {
      if (!isMap(doc.contents)) return
      const out = applyYamlEdits(source, [{ path: ['x-tessera-note'], value }])
      expect(parseDocument(out).toJS()).toEqual({ ...doc.toJS(), 'x-tessera-note': value })
      const parts = diffLines(source.replace(/\n?$/, '\n'), out.replace(/\n?$/, '\n'))
      expect(parts.filter((p) => p.removed)).toEqual([])
      expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual([`x-tessera-note: '${value}'`])
      return
    }
    const out = applyYamlEdits(source, [{ path: target.path, value }])
    const [start, end] = target.node.range as [number, number, number]
    // Everything before the changed scalar and after it is byte for byte the same.
    expect(out.slice(0, start)).toBe(source.slice(0, start))
    expect(out.endsWith(source.slice(end))).toBe(true)
    expect(parseDocument(out).toJS()).toEqual(setIn(doc.toJS(), target.path, value))
  })
})
