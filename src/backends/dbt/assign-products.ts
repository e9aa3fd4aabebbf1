import type { Group, RelationNode } from './manifest-schema'

/** What becomes a data product. `auto` picks per project: groups, else public models, else every model. */
export type ProductRule = 'auto' | 'group' | 'public-model' | 'model'
export type AppliedRule = Exclude<ProductRule, 'auto'>

/** One data product to build: a dbt group, or one model with all its versions. */
export interface ProductPlan {
  /** `group.<package>.<name>` or `model.<package>.<name>` (versions share it). */
  key: string
  basis: 'group' | 'model'
  packageName: string
  name: string
  group?: Group
  /** Models and snapshots that make up the product, internal ones included. */
  members: RelationNode[]
}

export const isModelLike = (node: RelationNode) => node.resource_type === 'model' || node.resource_type === 'snapshot'
export const isEphemeral = (node: RelationNode) => node.config?.materialized === 'ephemeral'
export const accessOf = (node: RelationNode): 'public' | 'protected' | 'private' =>
  node.access === 'public' || node.access === 'private' ? node.access : 'protected'
/** `model.shop.orders.v2` → `model.shop.orders`: every version of a model is one product. */
export const versionlessKey = (node: RelationNode) => `${node.resource_type}.${node.package_name}.${node.name}`

export function chooseRule(rule: ProductRule, nodes: readonly RelationNode[], groups: readonly Group[]): { rule: AppliedRule; reason: string } {
  if (rule !== 'auto') return { rule, reason: `productRule "${rule}" from the configuration` }
  const models = nodes.filter(isModelLike)
  if (groups.length > 0 && models.some((n) => n.group)) return { rule: 'group', reason: 'the project defines groups, so each group is a product' }
  if (models.some((n) => n.access === 'public')) return { rule: 'public-model', reason: 'the project has public models but no groups, so each public model is a product' }
  return { rule: 'model', reason: 'the project has no groups and no public models, so each model is a product' }
}

/**
 * Splits one project's models into products. Models that belong to no product (private or
 * protected models under the public-model rule, ungrouped non-public ones under the group rule,
 * ephemeral ones under the model rule) stay internal: lineage passes through them.
 */
export function planProducts(nodes: readonly RelationNode[], groups: readonly Group[], rule: AppliedRule): ProductPlan[] {
  const plans = new Map<string, ProductPlan>()
  const groupByName = new Map(groups.map((g) => [`${g.package_name}.${g.name}`, g]))
  const add = (key: string, plan: Omit<ProductPlan, 'members' | 'key'>, node: RelationNode) => {
    let existing = plans.get(key)
    if (!existing) plans.set(key, (existing = { key, ...plan, members: [] }))
    existing.members.push(node)
  }
  const addModel = (node: RelationNode) => add(versionlessKey(node), { basis: 'model', packageName: node.package_name, name: node.name }, node)

  for (const node of nodes) {
    if (!isModelLike(node)) continue
    if (rule === 'group' && node.group) {
      const group = groupByName.get(`${node.package_name}.${node.group}`) ?? groups.find((g) => g.name === node.group)
      add(`group.${group?.package_name ?? node.package_name}.${node.group}`, { basis: 'group', packageName: group?.package_name ?? node.package_name, name: node.group, group }, node)
    } else if (rule === 'model' ? !isEphemeral(node) : accessOf(node) === 'public') addModel(node)
  }
  return [...plans.values()]
}
