import type { SourceProblem } from '../catalog-backend'
import {
  LIFECYCLES,
  PRODUCT_KINDS,
  type Catalog,
  type ContractRef,
  type DataProduct,
  type Domain,
  type InputPort,
  type Lifecycle,
  type Link,
  type OutputPort,
  type ProductKind,
  type RecordIssue,
  type Urn,
} from '../../model/types'
import { accessOf, chooseRule, isEphemeral, isModelLike, planProducts, type ProductPlan, type ProductRule } from './assign-products'
import { DbtOwnerDirectory } from './dbt-owners'
import type { Exposure, Group, RelationNode, SourceNode, TestNode } from './manifest-schema'
import { mergeColumns } from './map-columns'
import { freshnessSlo } from './map-run-results'
import { checksByNode, type NodeChecks } from './map-tests'
import type { DbtCatalog, DbtManifest } from './read-artifacts'
import type { DbtRunResults, DbtSourcesFreshness, NodeResult, SourceFreshness } from './read-run-results'
import { dependenciesOf, inputsOf, type LineageGraph } from './walk-lineage'

export interface DbtProjectInput {
  /** Where the manifest came from, as configured: keys the per-project summary. */
  url: string
  manifest: DbtManifest
  catalog?: DbtCatalog
  /** run_results.json: test results become the checks' observations. */
  runResults?: DbtRunResults
  /** sources.json: source freshness becomes the freshness SLO of the products reading the source. */
  sourcesFreshness?: DbtSourcesFreshness
}

export interface DbtProjectSummary {
  rule: string
  reason: string
  products: number
  ports: number
  problems: SourceProblem[]
}

export interface DbtMapping {
  catalog: Catalog
  summaries: Map<string, DbtProjectSummary>
}

export const productUrn = (plan: ProductPlan): Urn =>
  plan.basis === 'group' ? `urn:tessera:product:dbt.${plan.packageName}.group.${plan.name}` : `urn:tessera:product:dbt.${plan.packageName}.${plan.name}`

const humanise = (name: string) => {
  const words = name.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const slug = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'dbt'

const metaOf = (node: RelationNode) => ({ ...(node.meta ?? {}), ...(node.config?.meta ?? {}) })
const tesseraMeta = (meta: Record<string, unknown> | null | undefined): Record<string, unknown> => {
  const value = meta?.tessera
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}
const tagsOf = (node: RelationNode) => [...(node.tags ?? []), ...[node.config?.tags ?? []].flat()]
const versionNumber = (node: RelationNode) => (node.version === null || node.version === undefined ? undefined : String(node.version))

const locationOf = (node: RelationNode) =>
  node.relation_name?.replace(/["`]/g, '') || [node.database, node.schema, node.alias ?? node.name].filter(Boolean).join('.')

const ACCESS_TEXT = {
  public: 'Public dbt model: any dbt project may reference it',
  protected: 'Protected dbt model: only models of its own dbt project may reference it',
  private: 'Private dbt model: only models of its own group may reference it',
} as const

function accessInstructions(node: RelationNode): string {
  const version = versionNumber(node)
  const ref = `{{ ref('${node.package_name}', '${node.name}'${version ? `, v=${version}` : ''}) }}`
  return `${ACCESS_TEXT[accessOf(node)]} with \`${ref}\`. In the warehouse, query \`${locationOf(node)}\`.`
}


const byVersionDescending = (a: RelationNode, b: RelationNode) =>
  Number(versionNumber(b) ?? 0) - Number(versionNumber(a) ?? 0) || a.name.localeCompare(b.name)

function isPort(plan: ProductPlan, node: RelationNode): boolean {
  if (!isModelLike(node) || isEphemeral(node)) return false
  return plan.basis === 'model' || accessOf(node) !== 'private'
}

function exposureLine(exposure: Exposure): string {
  const what = [exposure.type, exposure.maturity && `maturity ${exposure.maturity}`].filter(Boolean).join(', ')
  const owner = exposure.owner?.name ? ` · owner ${exposure.owner.name}` : ''
  return `- **${exposure.label || humanise(exposure.name)}**${what ? ` (${what})` : ''}${owner}`
}

interface Context {
  graph: LineageGraph
  checks: Map<string, NodeChecks>
  freshness: Map<string, SourceFreshness>
  warehouse: DbtCatalog
  owners: DbtOwnerDirectory
  consumers: Map<Urn, Exposure[]>
  /** When the manifest was written: the products' `updatedAt`. */
  generatedAt: string
  now: string
}

function buildPort(node: RelationNode, ctx: Context): OutputPort {
  const version = versionNumber(node)
  const checks = ctx.checks.get(node.unique_id)
  const latest = version !== undefined && String(node.latest_version ?? '') === version
  const materialized = node.config?.materialized ?? ''
  return {
    id: node.unique_id,
    name: version ? `${node.name} v${version}${latest ? ' (latest)' : ''}` : node.name,
    type: materialized.includes('view') ? 'view' : 'table',
    location: locationOf(node),
    accessInstructions: accessInstructions(node),
    description: node.description?.trim() || undefined,
    columns: mergeColumns(Object.values(node.columns ?? {}), ctx.warehouse.get(node.unique_id)?.columns, checks?.required),
    ...(node.contract?.enforced ? { contractId: node.unique_id } : {}),
  }
}

function contractOf(ports: RelationNode[], ctx: Context): ContractRef | undefined {
  const node = ports.find((p) => p.contract?.enforced)
  if (!node) return undefined
  return {
    id: node.unique_id,
    version: versionNumber(node) ?? '1',
    standard: 'dbt model contract',
    outputPortId: node.unique_id,
    terms: {
      status: 'enforced',
      schemaPromise:
        'dbt refuses to build this model unless it returns exactly the columns and data types declared here; a breaking change needs a new model version.',
      qualityChecks: ctx.checks.get(node.unique_id)?.checks ?? [],
    },
  }
}

function kindOf(inputs: InputPort[], urn: Urn, override: unknown, ctx: Context): ProductKind {
  if (PRODUCT_KINDS.includes(override as ProductKind)) return override as ProductKind
  if (inputs.some((i) => i.kind === 'external' && (i.system === 'dbt seed' || !i.system?.endsWith('not loaded')))) return 'source-aligned'
  if (ctx.consumers.has(urn)) return 'consumer-aligned'
  return 'aggregate'
}

function lifecycleOf(members: RelationNode[], override: unknown, now: string): Lifecycle {
  if (LIFECYCLES.includes(override as Lifecycle)) return override as Lifecycle
  const dates = members.map((m) => m.deprecation_date).filter((d): d is string => !!d)
  return dates.length > 0 && dates.every((d) => d <= now) ? 'deprecated' : 'active'
}

export function describeProduct(plan: ProductPlan, ports: RelationNode[], consumers: Exposure[] | undefined): string {
  const own = plan.group?.description?.trim() || (plan.basis === 'model' ? plan.members.find((m) => m.description?.trim())?.description?.trim() : '') || ''
  const parts = [own]
  if (plan.basis === 'group') {
    const models = [...plan.members].sort((a, b) => a.name.localeCompare(b.name))
    const lines = models.slice(0, 60).map((m) => `- \`${m.name}${versionNumber(m) ? ` v${versionNumber(m)}` : ''}\`: ${accessOf(m)}, ${m.config?.materialized ?? m.resource_type}`)
    parts.push(`**Models in this group** (${models.length}; ${ports.length} readable by others)\n\n${lines.join('\n')}${models.length > 60 ? '\n- …' : ''}`)
  }
  const deprecated = plan.members.find((m) => m.deprecation_date)
  if (deprecated) parts.push(`Deprecated from ${deprecated.deprecation_date?.slice(0, 10)}.`)
  if (consumers?.length) parts.push(`**Used by**\n\n${consumers.map(exposureLine).join('\n')}`)
  return parts.filter(Boolean).join('\n\n')
}

/** Tests of the product's models that no enforced contract covers, each saying its model when there are several. */
function monitored(portNodes: RelationNode[], ctx: Context): Pick<DataProduct, 'monitoredChecks'> {
  const contractNode = portNodes.find((p) => p.contract?.enforced)
  const tested = portNodes.filter((n) => n !== contractNode && ctx.checks.get(n.unique_id)?.checks.length)
  const checks = tested.flatMap((node) =>
    (ctx.checks.get(node.unique_id)?.checks ?? []).map((check) =>
      portNodes.length > 1 ? { ...check, config: [{ key: 'model', value: node.name }, ...(check.config ?? [])] } : check,
    ),
  )
  return checks.length ? { monitoredChecks: checks } : {}
}

/** The freshness `dbt source freshness` measured for each source the product reads. */
function sourceFreshnessSlos(inputs: InputPort[], dependencies: Iterable<string>, ctx: Context) {
  const measured = [...new Set(dependencies)].filter((id) => id.startsWith('source.') && ctx.freshness.has(id))
  return measured.map((id) => {
    const source = ctx.graph.sources.get(id)
    const name = measured.length > 1 || inputs.length > 1 ? `Freshness of ${source ? `${source.source_name}.${source.name}` : id}` : 'Freshness'
    return freshnessSlo(name, ctx.freshness.get(id) as SourceFreshness)
  })
}

function buildProduct(plan: ProductPlan, domainId: string, ctx: Context): DataProduct {
  const urn = productUrn(plan)
  const portNodes = plan.members.filter((m) => isPort(plan, m)).sort(byVersionDescending)
  const inputs = inputsOf(dependenciesOf(plan.members), urn, ctx.graph)
  const memberMeta = plan.members.map(metaOf)
  const groupMeta = plan.group?.config?.meta ?? undefined
  const override = { ...Object.assign({}, ...memberMeta.map(tesseraMeta)), ...tesseraMeta(groupMeta) } as Record<string, unknown>
  const consumers = ctx.consumers.get(urn)
  const owners = [ctx.owners.team(plan.group?.owner ?? undefined), ...memberMeta.map((m) => ctx.owners.person(m.owner))].filter(
    (o, i, all): o is NonNullable<typeof o> => !!o && all.findIndex((x) => x?.teamId === o.teamId && x?.personId === o.personId) === i,
  )
  const links: Link[] = (consumers ?? []).flatMap((e) => (e.url ? [{ label: `${e.label || humanise(e.name)} (${e.type ?? 'exposure'})`, url: e.url }] : []))
  const latest = plan.members.find((m) => m.latest_version !== null && m.latest_version !== undefined)?.latest_version
  return {
    urn,
    ids: [plan.key],
    name: plan.name,
    title: humanise(plan.name),
    domainId,
    kind: kindOf(inputs, urn, override.kind, ctx),
    lifecycle: lifecycleOf(plan.members, override.lifecycle, ctx.now),
    description: describeProduct(plan, portNodes, consumers),
    tags: [...new Set(plan.members.flatMap(tagsOf))],
    glossaryTerms: [],
    owners: owners.slice(0, 10),
    outputPorts: portNodes.map((node) => buildPort(node, ctx)),
    inputPorts: inputs,
    contract: contractOf(portNodes, ctx),
    slos: sourceFreshnessSlos(inputs, dependenciesOf(plan.members), ctx),
    ...monitored(portNodes, ctx),
    links,
    ...(latest !== null && latest !== undefined ? { version: String(latest) } : {}),
    revision: 1,
    updatedAt: ctx.generatedAt,
  }
}

function domainIdOf(plan: ProductPlan): { id: string; name: string; fromMeta: boolean } {
  const named = [tesseraMeta(plan.group?.config?.meta).domain, ...plan.members.map((m) => tesseraMeta(metaOf(m)).domain)].find(
    (d): d is string => typeof d === 'string' && d.trim().length > 0,
  )
  return named ? { id: slug(named), name: named.trim(), fromMeta: true } : { id: slug(plan.packageName), name: plan.packageName, fromMeta: false }
}

/** Indexes every project's records by unique_id; a node in several manifests is kept from the project that defines it. */
function collect(projects: readonly DbtProjectInput[]) {
  const relations = new Map<string, { node: RelationNode; project: number }>()
  const sources = new Map<string, SourceNode>()
  const exposures = new Map<string, Exposure>()
  const groups = new Map<string, Group>()
  const tests = new Map<string, TestNode>()
  const warehouse: DbtCatalog = new Map()
  const results = new Map<string, NodeResult>()
  const freshness = new Map<string, SourceFreshness>()
  projects.forEach(({ manifest, catalog, runResults, sourcesFreshness }, project) => {
    for (const [id, result] of runResults?.results ?? []) if (!results.has(id)) results.set(id, result)
    for (const [id, measured] of sourcesFreshness?.results ?? []) if (!freshness.has(id)) freshness.set(id, measured)
    for (const node of manifest.relations) {
      const existing = relations.get(node.unique_id)
      const definesIt = node.package_name === manifest.projectName
      if (!existing || (definesIt && projects[existing.project]?.manifest.projectName !== node.package_name)) relations.set(node.unique_id, { node, project })
    }
    for (const s of manifest.sources) if (!sources.has(s.unique_id)) sources.set(s.unique_id, s)
    for (const e of manifest.exposures) if (!exposures.has(e.unique_id)) exposures.set(e.unique_id, e)
    for (const g of manifest.groups) if (!groups.has(g.unique_id)) groups.set(g.unique_id, g)
    for (const t of manifest.tests) if (!tests.has(t.unique_id)) tests.set(t.unique_id, t)
    for (const [id, table] of catalog ?? []) if (!warehouse.has(id)) warehouse.set(id, table)
  })
  return { relations, sources, exposures, groups, tests, warehouse, results, freshness }
}

/**
 * Maps one or several dbt projects onto the catalogue. Projects are joined through the node ids
 * they share: a model of project B that depends on `model.a.orders` reads project A's product.
 */
export function mapDbtProjects(projects: readonly DbtProjectInput[], rule: ProductRule, now = new Date().toISOString()): DbtMapping {
  const all = collect(projects)
  const summaries = new Map<string, DbtProjectSummary>()
  const plansByProject = projects.map((project, index) => {
    const nodes = [...all.relations.values()].filter((r) => r.project === index).map((r) => r.node)
    const groups = project.manifest.groups
    const chosen = chooseRule(rule, nodes, groups)
    return { project, chosen, plans: planProducts(nodes, groups, chosen.rule) }
  })
  const plans = plansByProject.flatMap((p) => p.plans)

  const productOf = new Map<string, Urn>()
  const ports = new Set<string>()
  for (const plan of plans) {
    for (const member of plan.members) {
      productOf.set(member.unique_id, productUrn(plan))
      if (isPort(plan, member)) ports.add(member.unique_id)
    }
  }
  const graph: LineageGraph = {
    relations: new Map([...all.relations].map(([id, r]) => [id, r.node])),
    sources: all.sources,
    productOf,
    ports,
  }
  const consumers = new Map<Urn, Exposure[]>()
  for (const exposure of all.exposures.values()) {
    for (const input of inputsOf(exposure.depends_on?.nodes ?? [], undefined, graph)) {
      if (input.kind !== 'product') continue
      const list = consumers.get(input.productUrn) ?? []
      if (!list.includes(exposure)) list.push(exposure)
      consumers.set(input.productUrn, list)
    }
  }
  const owners = new DbtOwnerDirectory()
  const ctx: Context = { graph, checks: checksByNode([...all.tests.values()], all.results), freshness: all.freshness, warehouse: all.warehouse, owners, consumers, generatedAt: now, now }

  const domains = new Map<string, Domain>()
  const products: DataProduct[] = []
  const issues: RecordIssue[] = []
  for (const { project, chosen, plans: own } of plansByProject) {
    const problems: SourceProblem[] = []
    let portCount = 0
    for (const plan of own) {
      const domain = domainIdOf(plan)
      if (!domains.has(domain.id)) {
        const installed = plan.packageName !== project.manifest.projectName
        domains.set(domain.id, {
          id: domain.id,
          name: domain.name,
          description: domain.fromMeta
            ? `Named in dbt meta (tessera.domain).`
            : installed
              ? `dbt package \`${plan.packageName}\`, built by project \`${project.manifest.projectName}\`.`
              : `dbt project \`${plan.packageName}\`.`,
        })
      }
      const product = buildProduct(plan, domain.id, { ...ctx, generatedAt: project.manifest.generatedAt ?? now })
      portCount += product.outputPorts.length
      products.push(product)
    }
    if (own.length === 0) {
      problems.push({ severity: 'warning', message: `No data product came out of this project (${chosen.reason}). Try another productRule.` })
    }
    summaries.set(project.url, { rule: chosen.rule, reason: chosen.reason, products: own.length, ports: portCount, problems })
  }
  return {
    catalog: { domains: [...domains.values()], teams: owners.listTeams(), people: owners.listPeople(), products, issues },
    summaries,
  }
}
