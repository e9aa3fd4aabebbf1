/**
 * Writes a demo product's contract as an Open Data Contract Standard (v3) YAML document, the
 * raw text a catalogue would hold beside the parsed terms. Scalars are written as JSON strings,
 * which YAML reads as double-quoted scalars, so no text can break the document.
 */
import type { Column, ContractRef, DataProduct, OutputPort } from '../../model/types'

const q = (text: string) => JSON.stringify(text)

class Lines {
  readonly lines: string[] = []
  add(indent: number, text: string): this {
    this.lines.push(`${'  '.repeat(indent)}${text}`)
    return this
  }
}

function properties(out: Lines, columns: Column[], indent: number): void {
  for (const column of columns) {
    out.add(indent, `- name: ${q(column.name)}`)
    out.add(indent + 1, `physicalType: ${q(column.type)}`)
    out.add(indent + 1, `logicalType: ${q(column.fields?.length ? 'object' : logicalType(column.type))}`)
    if (column.required !== undefined) out.add(indent + 1, `required: ${column.required}`)
    if (column.description) out.add(indent + 1, `description: ${q(column.description)}`)
    if (column.classification) out.add(indent + 1, `classification: ${q(column.classification)}`)
    if (column.tags?.length) out.add(indent + 1, `tags: [${column.tags.map(q).join(', ')}]`)
    if (column.fields?.length) {
      out.add(indent + 1, 'properties:')
      properties(out, column.fields, indent + 2)
    }
  }
}

function logicalType(physical: string): string {
  const type = physical.toLowerCase()
  if (/^(big)?int|long|short/.test(type)) return 'integer'
  if (/^(decimal|double|float|numeric)/.test(type)) return 'number'
  if (type === 'boolean') return 'boolean'
  if (/^(date|timestamp)/.test(type)) return 'date'
  if (type.startsWith('array')) return 'array'
  return 'string'
}

function schemaObject(out: Lines, port: OutputPort, contract: ContractRef): void {
  out.add(1, `- name: ${q(port.id)}`)
  out.add(2, `physicalName: ${q(port.location)}`)
  out.add(2, `physicalType: ${q(port.type)}`)
  out.add(2, 'logicalType: "object"')
  if (port.description) out.add(2, `description: ${q(port.description)}`)
  out.add(2, 'properties:')
  properties(out, port.columns, 3)
  const checks = contract.terms?.qualityChecks ?? []
  if (checks.length > 0) {
    out.add(2, 'quality:')
    for (const check of checks) {
      out.add(3, `- name: ${q(check.name)}`)
      if (check.description) out.add(4, `description: ${q(check.description)}`)
      if (check.dimension) out.add(4, `dimension: ${q(check.dimension)}`)
      if (check.column) out.add(4, `column: ${q(check.column)}`)
    }
  }
}

/** The product's contract as ODCS YAML; the product must carry a contract. */
export function odcsDocument(product: DataProduct, contract: ContractRef): string {
  const out = new Lines()
  const terms = contract.terms
  out.add(0, 'apiVersion: "v3.0.2"')
  out.add(0, 'kind: "DataContract"')
  out.add(0, `id: ${q(contract.id)}`)
  out.add(0, `name: ${q(product.title)}`)
  out.add(0, `version: ${q(contract.version)}`)
  out.add(0, `status: ${q(terms?.status ?? 'active')}`)
  out.add(0, `domain: ${q(product.domainId)}`)
  out.add(0, `dataProduct: ${q(product.name)}`)
  out.add(0, 'description:')
  out.add(1, `purpose: ${q(product.description.split('\n')[0] ?? '')}`)
  if (terms?.termsOfUse) out.add(1, `usage: ${q(terms.termsOfUse)}`)
  if (terms?.schemaPromise) out.add(1, `limitations: ${q(terms.schemaPromise)}`)
  const port = product.outputPorts.find((p) => p.id === contract.outputPortId)
  if (port) {
    out.add(0, 'schema:')
    schemaObject(out, port, contract)
  }
  if (product.slos.length > 0) {
    out.add(0, 'slaProperties:')
    for (const slo of product.slos) {
      out.add(1, `- property: ${q(slo.name.toLowerCase())}`)
      out.add(2, `value: ${q(slo.objective)}`)
    }
  }
  if (terms?.support?.length) {
    out.add(0, 'support:')
    for (const entry of terms.support) {
      out.add(1, `- channel: ${q(entry.label)}`)
      if (entry.href) out.add(2, `url: ${q(entry.href)}`)
    }
  }
  if (product.owners.length > 0) {
    out.add(0, 'team:')
    for (const owner of product.owners) {
      out.add(1, `- username: ${q(owner.personId ?? owner.teamId ?? '')}`)
      out.add(2, `role: ${q(owner.role)}`)
    }
  }
  return `${out.lines.join('\n')}\n`
}
