import {
  LIFECYCLES,
  PRODUCT_KINDS,
  type DataProduct,
  type InputPort,
  type Lifecycle,
  type Link,
  type OutputPort,
  type Owner,
  type PortType,
  type ProductKind,
} from '../../model/types'
import type { ApiEntity, BackstageEntity, ResourceEntity } from './backstage-wire'
import type { EntityGraph } from './entity-graph'
import { kindOf, type EntityRef } from './entity-ref'
import { nameFor, titleOf, UNASSIGNED_DOMAIN, webUrl } from './map-directory'
import { columnsFromDefinition } from './map-api-schema'
import { isDataProduct, type ProductRule } from './product-rule'

export interface MapContext {
  rule: ProductRule
  /** When the catalogue was read: Backstage keeps no change time on entities. */
  readAt: string
  /** Backstage's web app, for "Open in Backstage" links. */
  appUrl?: string
}

/** Annotations a catalogue may set to say what Tessera cannot infer. */
export const KIND_ANNOTATION = 'tessera.io/product-kind'
export const LIFECYCLE_ANNOTATION = 'tessera.io/lifecycle'

const LIFECYCLE_OF: Record<string, Lifecycle> = { experimental: 'draft', development: 'draft', production: 'active', deprecated: 'deprecated', retired: 'retired' }

function lifecycle(entity: BackstageEntity): Lifecycle {
  const declared = entity.metadata.annotations?.[LIFECYCLE_ANNOTATION]?.toLowerCase()
  if (declared && (LIFECYCLES as readonly string[]).includes(declared)) return declared as Lifecycle
  const spec = entity.spec && 'lifecycle' in entity.spec ? entity.spec.lifecycle?.toLowerCase() : undefined
  return (spec && LIFECYCLE_OF[spec]) || 'active'
}

function resourcePortType(type: string): PortType {
  const t = type.toLowerCase()
  if (/topic|kafka|stream|queue/.test(t)) return 'topic'
  if (/view/.test(t)) return 'view'
  if (/bucket|s3|gcs|file|blob|lake/.test(t)) return 'file'
  return 'table'
}

function apiPort(ref: EntityRef, api: ApiEntity): OutputPort {
  return {
    id: ref,
    name: titleOf(api),
    type: /async|kafka|avro/i.test(api.spec.type) ? 'topic' : 'api',
    location: ref,
    format: api.spec.type,
    ...(api.metadata.description ? { description: api.metadata.description } : {}),
    columns: columnsFromDefinition(typeof api.spec.definition === 'string' ? api.spec.definition : undefined),
  }
}

function resourcePort(ref: EntityRef, resource: ResourceEntity): OutputPort {
  return {
    id: ref,
    name: titleOf(resource),
    type: resourcePortType(resource.spec.type),
    location: ref,
    format: resource.spec.type,
    ...(resource.metadata.description ? { description: resource.metadata.description } : {}),
    columns: [],
  }
}

/** `url:https://…` location annotations name the file an entity was read from. */
const locationUrl = (value: string | undefined) => webUrl(value?.startsWith('url:') ? value.slice(4) : undefined)

/** Where to change the entity: Backstage's edit URL, else the catalog file it came from, else its source folder. */
export function sourceLink(entity: BackstageEntity): Link | undefined {
  const a = entity.metadata.annotations ?? {}
  const url =
    webUrl(a['backstage.io/edit-url']) ??
    locationUrl(a['backstage.io/managed-by-origin-location']) ??
    locationUrl(a['backstage.io/managed-by-location']) ??
    locationUrl(a['backstage.io/source-location'])
  return url ? { label: 'Edit in source', url } : undefined
}

/** The entity's page in Backstage's web app: `/catalog/<namespace>/<kind>/<name>`. */
function backstagePage(ref: EntityRef, appUrl: string | undefined): Link | undefined {
  const app = webUrl(appUrl) ?? (appUrl?.startsWith('/') ? appUrl : undefined)
  if (!app) return undefined
  const [namespace = 'default', name = ''] = ref.slice(ref.indexOf(':') + 1).split('/')
  const path = [namespace, kindOf(ref), name].map(encodeURIComponent).join('/')
  return { label: 'Open in Backstage', url: `${app.replace(/\/+$/, '')}/catalog/${path}` }
}

function links(ref: EntityRef, entity: BackstageEntity, appUrl: string | undefined): Link[] {
  const edit = sourceLink(entity)
  const page = backstagePage(ref, appUrl)
  return [
    ...(edit ? [edit] : []),
    ...(page ? [page] : []),
    ...(entity.metadata.links ?? []).flatMap((l) => {
      const url = webUrl(l.url)
      return url ? [{ label: l.title?.trim() || url, url }] : []
    }),
  ]
}

/**
 * Maps the data products of a Backstage catalogue and the lineage between them.
 * A product's output ports are its APIs and Resources (a System's parts, a Component's
 * provided APIs, a Resource itself); what its parts `dependsOn` or `consumesApi` are its inputs,
 * which name another product when they lead into one.
 */
export function mapProducts(graph: EntityGraph, context: MapContext): DataProduct[] {
  const products = [...graph.entities].filter(([, e]) => isDataProduct(e, context.rule)).map(([ref]) => ref)
  const productSet = new Set(products)

  const partsOf = (product: EntityRef): EntityRef[] =>
    kindOf(product) === 'system' ? graph.sources(product, 'partOf').filter((p) => !productSet.has(p)) : []
  const portsOf = new Map<EntityRef, EntityRef[]>()
  const productOf = new Map<EntityRef, EntityRef>()
  for (const product of products) {
    const parts = partsOf(product)
    const providers = [product, ...parts.filter((p) => kindOf(p) === 'component')]
    const ports = new Set<EntityRef>([
      ...(kindOf(product) === 'resource' ? [product] : []),
      ...parts.filter((p) => kindOf(p) === 'api' || kindOf(p) === 'resource'),
      ...providers.flatMap((c) => graph.targets(c, 'providesApi')),
    ])
    portsOf.set(product, [...ports])
    productOf.set(product, product)
    for (const member of [...parts, ...ports]) if (!productOf.has(member)) productOf.set(member, product)
  }

  function inputs(product: EntityRef): InputPort[] {
    const members = [product, ...partsOf(product)]
    const seen = new Set<string>()
    return members
      .flatMap((m) => [...graph.targets(m, 'dependsOn'), ...graph.targets(m, 'consumesApi')])
      .flatMap((target): InputPort[] => {
        const owner = productOf.get(target)
        if (owner === product) return []
        const key = owner ? `${owner} ${target}` : target
        if (seen.has(key)) return []
        seen.add(key)
        if (owner) {
          const port = portsOf.get(owner)?.includes(target) ? target : undefined
          return [{ kind: 'product', productUrn: owner, ...(port ? { outputPortId: port } : {}) }]
        }
        const system = graph.targets(target, 'partOf').find((s) => kindOf(s) === 'system')
        return [{ kind: 'external', name: nameFor(graph, target), system: system ? nameFor(graph, system) : 'Backstage' }]
      })
  }

  function domainOf(product: EntityRef): EntityRef {
    const direct = graph.targets(product, 'partOf').find((t) => kindOf(t) === 'domain')
    if (direct) return direct
    const system = graph.targets(product, 'partOf').find((t) => kindOf(t) === 'system')
    return (system && graph.targets(system, 'partOf').find((t) => kindOf(t) === 'domain')) ?? UNASSIGNED_DOMAIN
  }

  function port(ref: EntityRef): OutputPort | undefined {
    const entity = graph.get(ref)
    if (entity?.kind === 'API') return apiPort(ref, entity)
    if (entity?.kind === 'Resource') return resourcePort(ref, entity)
    return undefined
  }

  return products.map((ref) => {
    const entity = graph.get(ref)!
    const inputPorts = inputs(ref)
    const declaredKind = entity.metadata.annotations?.[KIND_ANNOTATION]?.toLowerCase()
    const kind: ProductKind = (PRODUCT_KINDS as readonly string[]).includes(declaredKind ?? '')
      ? (declaredKind as ProductKind)
      : inputPorts.some((i) => i.kind === 'product')
        ? 'aggregate'
        : 'source-aligned'
    return {
      urn: ref,
      name: entity.metadata.name,
      title: titleOf(entity),
      domainId: domainOf(ref),
      kind,
      lifecycle: lifecycle(entity),
      description: entity.metadata.description ?? '',
      tags: [...new Set(entity.metadata.tags ?? [])],
      glossaryTerms: [],
      owners: graph.targets(ref, 'ownedBy').flatMap((o): Owner[] =>
        kindOf(o) === 'group' ? [{ role: 'product-owner', teamId: o }] : kindOf(o) === 'user' ? [{ role: 'product-owner', personId: o }] : [],
      ),
      outputPorts: (portsOf.get(ref) ?? []).flatMap((p) => port(p) ?? []),
      inputPorts,
      slos: [],
      links: links(ref, entity, context.appUrl),
      revision: 1,
      updatedAt: context.readAt,
    }
  })
}
