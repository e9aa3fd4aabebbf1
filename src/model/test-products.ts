/**
 * Test fixtures for the model's unit tests: small factories with complete, valid defaults,
 * so each test states only what it is about. Not used by the app.
 */
import type { Column, DataProduct, Domain, OutputPort, Person, Team } from './types'

let sequence = 0

/** A column with a description; override `description` to test gaps. */
export function makeColumn(overrides: Partial<Column> = {}): Column {
  return { name: 'id', type: 'string', description: 'Identifier.', ...overrides }
}

export function makePort(overrides: Partial<OutputPort> = {}): OutputPort {
  return {
    id: 'main',
    name: 'Main table',
    type: 'table',
    location: 'warehouse.main',
    columns: [makeColumn()],
    ...overrides,
  }
}

/**
 * A fully documented, active product owned by team `team-a` (product owner), with a contract
 * holding one passing check, one met SLO and one documented column. URN defaults to a fresh `urn:test:p<n>`.
 */
export function makeProduct(overrides: Partial<DataProduct> = {}): DataProduct {
  sequence += 1
  const urn = overrides.urn ?? `urn:test:p${sequence}`
  return {
    urn,
    name: urn.split(':').pop() ?? urn,
    title: `Product ${urn}`,
    domainId: 'd1',
    kind: 'source-aligned',
    lifecycle: 'active',
    description: 'What this product holds.',
    tags: [],
    glossaryTerms: [],
    owners: [{ role: 'product-owner', teamId: 'team-a' }],
    outputPorts: [makePort()],
    inputPorts: [],
    contract: { id: 'c1', version: '1.0.0', terms: { qualityChecks: [{ name: 'not empty', status: 'passing', observedAt: new Date(Date.now() - 3_600_000).toISOString() }] } },
    slos: [{ name: 'freshness', objective: 'updated by 06:00 UTC', status: 'met', observedAt: new Date(Date.now() - 3_600_000).toISOString() }],
    links: [],
    revision: 1,
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides,
  }
}

/** A product reading the given upstream URNs as mesh inputs. */
export function makeConsumer(urn: string, upstream: string[], overrides: Partial<DataProduct> = {}): DataProduct {
  return makeProduct({
    urn,
    inputPorts: upstream.map((productUrn) => ({ kind: 'product', productUrn })),
    ...overrides,
  })
}

export function makeDomain(id: string, overrides: Partial<Domain> = {}): Domain {
  return { id, name: id, ...overrides }
}

export function makeTeam(id: string, overrides: Partial<Team> = {}): Team {
  return { id, name: `Team ${id}`, members: [], contacts: [], ...overrides }
}

export function makePerson(id: string, overrides: Partial<Person> = {}): Person {
  return { id, name: `Person ${id}`, contacts: [], teamIds: [], ...overrides }
}
