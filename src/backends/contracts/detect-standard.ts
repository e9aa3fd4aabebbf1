export type StandardId = 'odcs-3.0' | 'odcs-3.1' | 'dcs' | 'odps-bitol' | 'odps-4' | 'dpds' | 'dmm-product' | 'dmm-agreement'

export interface DetectedStandard {
  standard: StandardId
  /** What the file is, in words, for the Sources page. */
  label: string
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)

/** Tells which standard a parsed document is written in, from the fields each standard requires. */
export function detectStandard(data: unknown): DetectedStandard | { error: string } {
  const doc = asRecord(data)
  if (!doc) return { error: 'The file holds no mapping of fields: it is not a contract or data product descriptor.' }
  const dcs = text(doc.dataContractSpecification)
  if (dcs) return { standard: 'dcs', label: `Data Contract Specification ${dcs} contract` }
  const apiVersion = text(doc.apiVersion)?.replace(/^v/i, '')
  if (doc.kind === 'DataContract') {
    if (apiVersion?.startsWith('3.1')) return { standard: 'odcs-3.1', label: `ODCS v${apiVersion} data contract` }
    if (apiVersion === undefined || apiVersion.startsWith('3.0')) return { standard: 'odcs-3.0', label: `ODCS v${apiVersion ?? '3 (no apiVersion)'} data contract` }
    return { error: `ODCS v${apiVersion} is not supported: Tessera reads ODCS v3.x. Upgrade the contract (the datacontract CLI converts v2 to v3).` }
  }
  if (doc.kind === 'DataProduct') return { standard: 'odps-bitol', label: `ODPS v${apiVersion ?? '?'} data product` }
  const dpds = text(doc.dataProductDescriptor)
  if (dpds) return { standard: 'dpds', label: `Open Data Mesh DPDS ${dpds} data product descriptor` }
  if (asRecord(doc.product) && (typeof doc.schema === 'string' || doc.version !== undefined)) {
    return { standard: 'odps-4', label: `Open Data Product Specification ${text(doc.version) ?? ''} descriptor`.replace('  ', ' ') }
  }
  const agreement = text(doc.dataUsageAgreementSpecification)
  if (agreement) return { standard: 'dmm-agreement', label: `Data usage agreement (Data Mesh Manager specification ${agreement})` }
  if (doc.dataProductSpecification !== undefined || (doc.id !== undefined && asRecord(doc.info) && (Array.isArray(doc.outputPorts) || Array.isArray(doc.inputPorts)))) {
    return { standard: 'dmm-product', label: 'Data Product Specification (Data Mesh Manager) descriptor' }
  }
  return {
    error:
      'Not a format Tessera reads: expected an ODCS v3 or Data Contract Specification contract, an ODPS, DPDS or Data Product Specification descriptor, or a data usage agreement.',
  }
}
