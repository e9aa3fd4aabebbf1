import type {
  ColumnLineage,
  ContractTerms,
  DataProduct,
  InputPort,
  Lifecycle,
  Link,
  OutputPort,
  Owner,
  ProductKind,
  Slo,
  SloStatus,
  Urn,
} from '../../model/types'
import { odcsDocument } from './odcs-document'

/** A product reference written as `<domainId>.<name>`. */
export type ProductRef = `${string}.${string}`

export interface ProductSpec {
  domainId: string
  name: string
  title: string
  kind: ProductKind
  description: string
  outputPorts: OutputPort[]
  updatedAt: string
  lifecycle?: Lifecycle
  replacedBy?: ProductRef
  tags?: string[]
  glossaryTerms?: string[]
  owners?: Owner[]
  inputPorts?: InputPort[]
  /** Contract version on the first output port. */
  contract?: string
  /** What the contract promises; with it, the contract also carries its ODCS document. */
  contractTerms?: ContractTerms
  slos?: Slo[]
  /** Defaults to the repository and runbook links; `[]` for none. */
  links?: Link[]
  extraLinks?: Link[]
  columnLineage?: ColumnLineage[]
  version?: string
  updatedBy?: string
}

export const urnOf = (ref: ProductRef): Urn => `urn:tessera:product:${ref}`

/** What a demo contract promises when its spec writes no terms: its key is unique and rows land every day. */
function standardTerms(spec: ProductSpec): ContractTerms {
  const key = spec.outputPorts[0]?.columns[0]
  return {
    status: 'active',
    qualityChecks: [
      ...(key ? [{ name: `${key.name} is unique`, dimension: 'uniqueness', status: 'passing' as const, description: `No two rows share a ${key.name}.`, column: key.name }] : []),
      { name: 'Rows land every day', dimension: 'completeness', status: 'passing', description: 'The latest partition holds at least one row.' },
    ],
  }
}

export function product(spec: ProductSpec): DataProduct {
  const built = baseProduct(spec)
  if (!built.contract) return built
  const contract = { ...built.contract, terms: spec.contractTerms ?? standardTerms(spec) }
  return { ...built, contract: { ...contract, raw: odcsDocument(built, contract) } }
}

function baseProduct(spec: ProductSpec): DataProduct {
  const { domainId, name } = spec
  const contractPort = spec.contract === undefined ? undefined : spec.outputPorts[0]
  const contractId = `${domainId}.${name}.contract`
  const outputPorts = spec.outputPorts.map((port) => (port === contractPort ? { ...port, contractId } : port))
  const owners = spec.owners ?? []
  const updatedBy = spec.updatedBy ?? owners.find((owner) => owner.personId !== undefined)?.personId
  return {
    urn: urnOf(`${domainId}.${name}`),
    name,
    title: spec.title,
    domainId,
    kind: spec.kind,
    lifecycle: spec.lifecycle ?? 'active',
    ...(spec.replacedBy === undefined ? {} : { replacedBy: urnOf(spec.replacedBy) }),
    description: spec.description,
    tags: spec.tags ?? [],
    glossaryTerms: spec.glossaryTerms ?? [],
    owners,
    outputPorts,
    inputPorts: spec.inputPorts ?? [],
    ...(spec.contract === undefined || contractPort === undefined
      ? {}
      : {
          contract: {
            id: contractId,
            version: spec.contract,
            standard: 'odcs',
            url: `https://git.lumen.example/data/contracts/-/blob/main/${domainId}/${name}.odcs.yaml`,
            outputPortId: contractPort.id,
          },
        }),
    slos: spec.slos ?? [],
    links: [...(spec.links ?? standardLinks(domainId, name)), ...(spec.extraLinks ?? [])],
    ...(spec.columnLineage === undefined ? {} : { columnLineage: spec.columnLineage }),
    version: spec.version ?? '1.0.0',
    revision: 1,
    updatedAt: spec.updatedAt,
    ...(updatedBy === undefined ? {} : { updatedBy }),
  }
}

export function standardLinks(domainId: string, name: string): Link[] {
  return [
    { label: 'Repository', url: `https://git.lumen.example/data/${domainId}/-/tree/main/${name}` },
    { label: 'Runbook', url: `https://runbooks.lumen.example/data/${domainId}/${name}` },
  ]
}

export const dashboard = (label: string, slug: string): Link => ({
  label,
  url: `https://dashboards.lumen.example/d/${slug}`,
})

export const productOwner = (personId: string, teamId: string): Owner => ({ role: 'product-owner', personId, teamId })
export const technicalOwner = (teamId: string): Owner => ({ role: 'technical-owner', teamId })
export const steward = (personId: string): Owner => ({ role: 'steward', personId })

export function reads(ref: ProductRef, outputPortId?: string, description?: string): InputPort {
  return {
    kind: 'product',
    productUrn: urnOf(ref),
    ...(outputPortId === undefined ? {} : { outputPortId }),
    ...(description === undefined ? {} : { description }),
  }
}

export function external(name: string, system?: string, description?: string): InputPort {
  return {
    kind: 'external',
    name,
    ...(system === undefined ? {} : { system }),
    ...(description === undefined ? {} : { description }),
  }
}

/** `column` of this product's `outputPortId` derives from each `[product, port, column]`. */
export function derived(
  outputPortId: string,
  column: string,
  ...sources: [ref: ProductRef, outputPortId: string, column: string][]
): ColumnLineage {
  return {
    outputPortId,
    column,
    from: sources.map(([ref, fromPort, fromColumn]) => ({
      productUrn: urnOf(ref),
      outputPortId: fromPort,
      column: fromColumn,
    })),
  }
}

function slo(name: string) {
  return (objective: string, status: SloStatus, current?: string): Slo => ({
    name,
    objective,
    status,
    ...(current === undefined ? {} : { current }),
  })
}

export const freshness = slo('Freshness')
export const completeness = slo('Completeness')
export const availability = slo('Availability')
