/**
 * What Tessera reads from each contract or descriptor file, whatever its standard: the common
 * shape the per-standard mappers produce and `assembleCatalog` joins into products.
 */
import type { Column, ContractTerms, Link, OwnerRole, PortType, ProductKind, Slo } from '../../model/types'

export interface OwnerSpec {
  name: string
  email?: string
  role: OwnerRole
  /** A team rather than a person. */
  isTeam: boolean
  /** For a person: the team they belong to. */
  teamName?: string
}

export interface PortSpec {
  id: string
  name: string
  type: PortType
  location: string
  format?: string
  description?: string
  accessInstructions?: string
  columns: Column[]
  /** The contract this port promises, by the contract's id. */
  contractId?: string
}

export interface InputSpec {
  name: string
  /** Reads the output port whose contract has this id. */
  contractId?: string
  /** Reads the product or output port with this identifier (DPDS fully qualified name, product id). */
  productRef?: string
  system?: string
  description?: string
}

interface CommonSpec {
  /** The file it came from, as configured. */
  url: string
  id: string
  title: string
  description: string
  domain?: string
  status?: string
  tags: string[]
  owners: OwnerSpec[]
  ports: PortSpec[]
  slos: Slo[]
  links: Link[]
  kind?: ProductKind
  /** When the file last changed (HTTP Last-Modified, or a creation time it states). */
  updatedAt?: string
}

/** A data contract (ODCS, Data Contract Specification). */
export interface ContractSpec extends CommonSpec {
  standard: 'odcs' | 'datacontract-specification'
  version: string
  /** Name or id of the data product the contract belongs to, when it says. */
  dataProduct?: string
  terms: ContractTerms
  raw: string
}

/** A data product descriptor (ODPS, DPDS, Data Product Specification). */
export interface ProductSpec extends CommonSpec {
  standard: string
  /** The descriptor's own identifier when it is a URN (DPDS fully qualified names). */
  urn?: string
  name: string
  version?: string
  inputs: InputSpec[]
}

/** A data usage agreement: the consumer product reads the provider's product (or one of its ports). */
export interface AgreementSpec {
  url: string
  id: string
  purpose?: string
  status?: string
  /** False when the agreement says it is not active. */
  active: boolean
  provider: { productId?: string; portId?: string; contractId?: string }
  consumer: { productId?: string; teamId?: string }
}
