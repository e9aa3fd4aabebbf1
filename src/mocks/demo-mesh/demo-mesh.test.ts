import { canEdit } from '../../model/product-queries'
import type { Column, DataProduct } from '../../model/types'
import { PRODUCT_KINDS } from '../../model/types'
import { demoMesh } from './demo-mesh'

const { domains, teams, people, products } = demoMesh
const productsByUrn = new Map(products.map((product) => [product.urn, product]))
const domainIds = new Set(domains.map((domain) => domain.id))
const teamIds = new Set(teams.map((team) => team.id))
const personIds = new Set(people.map((person) => person.id))

const allColumns = (columns: Column[]): Column[] => columns.flatMap((column) => [column, ...allColumns(column.fields ?? [])])
const productColumns = (product: DataProduct) => product.outputPorts.flatMap((port) => allColumns(port.columns))
const productRefs = (product: DataProduct) =>
  product.inputPorts.flatMap((input) => (input.kind === 'product' ? [input.productUrn] : []))
const portColumnNames = (product: DataProduct | undefined, portId: string | undefined) =>
  product?.outputPorts.find((port) => port.id === portId)?.columns.map((column) => column.name) ?? []
const productsOwnedBy = (personId: string) =>
  products.filter((product) => product.owners.some((owner) => owner.personId === personId))

function longestChain(): DataProduct[] {
  const memo = new Map<string, DataProduct[]>()
  const chainEndingAt = (product: DataProduct): DataProduct[] => {
    const known = memo.get(product.urn)
    if (known) return known
    const upstream = productRefs(product).map((urn) => chainEndingAt(productsByUrn.get(urn)!))
    const longest = upstream.reduce<DataProduct[]>((best, chain) => (chain.length > best.length ? chain : best), [])
    const chain = [...longest, product]
    memo.set(product.urn, chain)
    return chain
  }
  return products.map(chainEndingAt).reduce((best, chain) => (chain.length > best.length ? chain : best))
}

describe('demo mesh', () => {
  it('is large enough to exercise every view', () => {
    expect(domains.length).toBeGreaterThanOrEqual(9)
    expect(products.length).toBeGreaterThanOrEqual(64)
    expect(teams.length).toBeGreaterThanOrEqual(16)
    expect(people.length).toBeGreaterThanOrEqual(42)
    expect(domains.filter((domain) => domain.parentId !== undefined).length).toBeGreaterThanOrEqual(2)
    expect(demoMesh.issues).toEqual([])
  })

  it('has unique ids and URNs of the form urn:tessera:product:<domainId>.<snake_case_name>', () => {
    for (const ids of [domains.map((d) => d.id), teams.map((t) => t.id), people.map((p) => p.id), products.map((p) => p.urn)]) {
      expect(new Set(ids).size).toBe(ids.length)
    }
    for (const product of products) {
      expect(product.name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/)
      expect(product.urn).toBe(`urn:tessera:product:${product.domainId}.${product.name}`)
    }
  })

  it('resolves every domain, team and person reference', () => {
    for (const domain of domains) {
      if (domain.parentId !== undefined) expect(domainIds).toContain(domain.parentId)
      if (domain.ownerTeamId !== undefined) expect(teamIds).toContain(domain.ownerTeamId)
    }
    expect(domains.filter((domain) => domain.ownerTeamId === undefined).length).toBeLessThanOrEqual(1)
    for (const team of teams) {
      for (const member of team.members) expect(personIds).toContain(member.personId)
    }
    for (const person of people) {
      expect(person.teamIds.length).toBeGreaterThan(0)
      for (const teamId of person.teamIds) {
        expect(teams.find((team) => team.id === teamId)?.members.map((m) => m.personId)).toContain(person.id)
      }
    }
    for (const product of products) {
      expect(domainIds).toContain(product.domainId)
      for (const owner of product.owners) {
        expect(owner.teamId ?? owner.personId).toBeDefined()
        if (owner.teamId !== undefined) expect(teamIds).toContain(owner.teamId)
        if (owner.personId !== undefined) expect(personIds).toContain(owner.personId)
      }
      if (product.updatedBy !== undefined) expect(personIds).toContain(product.updatedBy)
    }
  })

  it('resolves every product, port and column reference', () => {
    for (const product of products) {
      const portIds = product.outputPorts.map((port) => port.id)
      expect(new Set(portIds).size).toBe(portIds.length)
      if (product.replacedBy !== undefined) expect(productsByUrn.has(product.replacedBy)).toBe(true)
      for (const input of product.inputPorts) {
        if (input.kind !== 'product') continue
        const upstream = productsByUrn.get(input.productUrn)
        expect(upstream, `${product.urn} reads ${input.productUrn}`).toBeDefined()
        if (input.outputPortId !== undefined) expect(upstream?.outputPorts.map((port) => port.id)).toContain(input.outputPortId)
      }
      if (product.contract !== undefined) {
        expect(portIds).toContain(product.contract.outputPortId)
        expect(product.outputPorts.find((port) => port.id === product.contract?.outputPortId)?.contractId).toBe(product.contract.id)
      }
      for (const edge of product.columnLineage ?? []) {
        expect(portColumnNames(product, edge.outputPortId), `${product.urn} ${edge.column}`).toContain(edge.column)
        for (const source of edge.from) {
          expect(productRefs(product)).toContain(source.productUrn)
          expect(portColumnNames(productsByUrn.get(source.productUrn), source.outputPortId)).toContain(source.column)
        }
      }
    }
  })

  it('has acyclic lineage at least four products deep, crossing domains', () => {
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (urn: string, path: string[]) => {
      if (state.get(urn) === 'done') return
      expect(state.get(urn), `cycle through ${[...path, urn].join(' -> ')}`).not.toBe('visiting')
      state.set(urn, 'visiting')
      for (const upstream of productRefs(productsByUrn.get(urn)!)) visit(upstream, [...path, urn])
      state.set(urn, 'done')
    }
    for (const product of products) visit(product.urn, [])

    const chain = longestChain()
    expect(chain.length).toBeGreaterThanOrEqual(4)
    expect(chain[0]?.kind).toBe('source-aligned')
    expect(chain.at(-1)?.kind).toBe('consumer-aligned')
    expect(new Set(chain.map((product) => product.domainId)).size).toBeGreaterThan(1)
  })

  it('reads external systems only from source-aligned products, and reads something from every other one', () => {
    for (const product of products) {
      const readsExternal = product.inputPorts.some((input) => input.kind === 'external')
      expect(readsExternal, product.urn).toBe(product.kind === 'source-aligned')
      if (product.kind !== 'source-aligned') expect(productRefs(product).length).toBeGreaterThan(0)
    }
  })

  it('covers every kind and leaves gaps for the coverage map', () => {
    for (const kind of PRODUCT_KINDS) expect(products.some((product) => product.kind === kind)).toBe(true)
    const domainsWithProducts = new Set(products.map((product) => product.domainId))
    expect(domains.some((domain) => !domainsWithProducts.has(domain.id))).toBe(true)
    const withoutConsumerAligned = domains.filter(
      (domain) =>
        domainsWithProducts.has(domain.id) &&
        !products.some((product) => product.domainId === domain.id && product.kind === 'consumer-aligned'),
    )
    expect(withoutConsumerAligned.length).toBeGreaterThan(0)
    expect(products.filter((product) => product.owners.length === 0).length).toBeGreaterThanOrEqual(3)
    expect(products.filter((product) => product.description === '').length).toBeGreaterThanOrEqual(4)
  })

  it('has realistic schemas', () => {
    for (const product of products) {
      expect(product.outputPorts.length).toBeGreaterThanOrEqual(1)
      expect(product.outputPorts.length).toBeLessThanOrEqual(3)
      for (const port of product.outputPorts) {
        expect(port.columns.length, `${product.urn} ${port.id}`).toBeGreaterThanOrEqual(5)
        expect(port.columns.length, `${product.urn} ${port.id}`).toBeLessThanOrEqual(40)
      }
    }
    const columns = products.flatMap(productColumns)
    const undocumentedShare = columns.filter((column) => column.description === undefined).length / columns.length
    expect(undocumentedShare).toBeGreaterThan(0.08)
    expect(undocumentedShare).toBeLessThan(0.25)
    expect(products.filter((product) => productColumns(product).every((c) => c.description !== undefined)).length).toBeGreaterThan(10)
    for (const column of columns.filter((c) => c.pii === true)) expect(['confidential', 'restricted']).toContain(column.classification)
    expect(products.filter((product) => productColumns(product).some((column) => column.fields !== undefined)).length).toBeGreaterThanOrEqual(8)
    expect(products.filter((product) => (product.columnLineage ?? []).length > 0).length).toBeGreaterThanOrEqual(6)
  })

  it('mixes lifecycles, contracts and SLO states', () => {
    const withLifecycle = (lifecycle: string) => products.filter((product) => product.lifecycle === lifecycle)
    expect(withLifecycle('deprecated').length).toBeGreaterThanOrEqual(4)
    expect(withLifecycle('retired').length).toBeGreaterThanOrEqual(2)
    expect(withLifecycle('draft').length).toBeGreaterThanOrEqual(3)
    for (const product of [...withLifecycle('deprecated'), ...withLifecycle('retired')]) expect(product.replacedBy).toBeDefined()
    const contracted = products.filter((product) => product.contract !== undefined).length / products.length
    expect(contracted).toBeGreaterThan(0.35)
    expect(contracted).toBeLessThan(0.65)
    const slos = products.flatMap((product) => product.slos)
    expect(slos.filter((slo) => slo.status === 'breached').length).toBeGreaterThanOrEqual(8)
    expect(slos.filter((slo) => slo.status === 'unknown').length).toBeGreaterThanOrEqual(8)
    expect(slos.filter((slo) => slo.status === 'met').length).toBeGreaterThan(slos.length / 2)
    for (const product of products) expect(product.updatedAt).toMatch(/^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it('keeps the identities other tests rely on', () => {
    const sessions = productsByUrn.get('urn:tessera:product:playback.playback_sessions')
    expect(sessions).toMatchObject({ title: 'Playback sessions', kind: 'source-aligned', lifecycle: 'active' })
    expect(sessions?.owners).toContainEqual({ role: 'product-owner', personId: 'maya-chen', teamId: 'playback-data' })
    expect(sessions?.contract).toBeDefined()
    expect(sessions?.slos.length).toBeGreaterThan(0)
    expect(people.find((person) => person.id === 'maya-chen')?.name).toBe('Maya Chen')

    const sam = people.find((person) => person.id === 'sam-okafor')
    expect(sam).toMatchObject({ name: 'Sam Okafor', title: 'Data analyst', teamIds: ['business-insights'] })
    expect(productsOwnedBy('sam-okafor')).toEqual([])
    expect(products.filter((product) => canEdit(product, 'sam-okafor', people))).toEqual([])

    const stewardedByLena = products.filter((product) =>
      product.owners.some((owner) => owner.role === 'steward' && owner.personId === 'lena-fischer'),
    )
    expect(stewardedByLena.length).toBeGreaterThanOrEqual(3)
    expect(products.some((product) => product.title.length >= 70)).toBe(true)
  })

  it('shows a visitor no test payloads: no script, event handler or javascript: link in any text', () => {
    const text = JSON.stringify(demoMesh)
    expect(text).not.toMatch(/<script|onerror|javascript:/i)
  })
})
