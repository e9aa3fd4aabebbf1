import { InvalidDataError, NotFoundError } from '../errors'
import type { Urn } from '../../model/types'
import type { DataHubGraphql } from './datahub-client'
import {
  ADD_OWNERS_MUTATION,
  ADD_TAGS_MUTATION,
  CREATE_TAG_MUTATION,
  FIND_TAG_QUERY,
  PRODUCT_LABELS_QUERY,
  REMOVE_OWNER_MUTATION,
  REMOVE_TAGS_MUTATION,
} from './datahub-queries'
import { ownerSchema } from './datahub-wire'
import { existingTagUrn, isTagId, type OwnerToAdd, type OwnerToRemove } from './plan-label-writes'
import { z } from 'zod'

const tagSchema = z.object({ urn: z.string(), name: z.string(), properties: z.object({ name: z.string().nullish() }).nullish() })
const labelsSchema = z.object({
  urn: z.string(),
  ownership: z.object({ owners: z.array(ownerSchema).nullish() }).nullish(),
  tags: z.object({ tags: z.array(z.object({ tag: tagSchema })).nullish() }).nullish(),
})
const foundTagsSchema = z.object({
  entityExists: z.boolean().nullish(),
  searchAcrossEntities: z.object({ searchResults: z.array(z.object({ entity: z.unknown() })) }).nullish(),
})

/** The requests behind a tag or owner change; the plan of what to change is made in plan-label-writes. */
export function createLabelWrites(graphql: DataHubGraphql) {
  async function confirm(query: string, input: Record<string, unknown>, field: string, what: string, signal?: AbortSignal) {
    const data = await graphql(query, { input }, what, signal)
    if (data[field] !== true) throw new InvalidDataError(`DataHub did not confirm the change to ${what}.`)
  }

  /** The URN of the tag called `name`, created when DataHub has none (which needs DataHub's “Create Tags” privilege). */
  async function tagUrn(name: string, signal?: AbortSignal): Promise<string> {
    const data = await graphql(FIND_TAG_QUERY, { name, urn: `urn:li:tag:${name}` }, `the tag ${name}`, signal)
    const parsed = foundTagsSchema.safeParse(data)
    const tags = (parsed.success ? (parsed.data.searchAcrossEntities?.searchResults ?? []) : []).flatMap((r) => {
      const tag = tagSchema.safeParse(r.entity)
      return tag.success ? [tag.data] : []
    })
    const existing = existingTagUrn(name, { exists: parsed.success && parsed.data.entityExists === true, tags })
    if (existing) return existing
    const created = await graphql(CREATE_TAG_MUTATION, { input: { ...(isTagId(name) ? { id: name } : {}), name } }, `a new tag ${name}`, signal)
    if (typeof created.createTag !== 'string') throw new InvalidDataError(`DataHub did not create the tag ${name}.`)
    return created.createTag
  }

  return {
    async current(urn: Urn, signal?: AbortSignal) {
      const data = await graphql(PRODUCT_LABELS_QUERY, { urn }, `the tags and owners of ${urn}`, signal)
      if (data.dataProduct == null) throw new NotFoundError(`Product ${urn}`)
      const parsed = labelsSchema.safeParse(data.dataProduct)
      if (!parsed.success) throw new InvalidDataError(`DataHub sent the tags and owners of ${urn} in a shape Tessera cannot read.`, parsed.error.issues.map((i) => i.message))
      return parsed.data
    },

    async tags(urn: Urn, plan: { add: string[]; remove: string[] }, signal?: AbortSignal) {
      if (plan.remove.length) {
        await confirm(REMOVE_TAGS_MUTATION, { tagUrns: plan.remove, resources: [{ resourceUrn: urn }] }, 'batchRemoveTags', `the tags of ${urn}`, signal)
      }
      if (plan.add.length) {
        const tagUrns: string[] = []
        for (const name of plan.add) tagUrns.push(await tagUrn(name, signal))
        await confirm(ADD_TAGS_MUTATION, { tagUrns, resourceUrn: urn }, 'addTags', `the tags of ${urn}`, signal)
      }
    },

    /** Removals first: DataHub removes an owner recorded without a type under every type. */
    async owners(urn: Urn, plan: { add: OwnerToAdd[]; remove: OwnerToRemove[] }, signal?: AbortSignal) {
      for (const owner of plan.remove) {
        await confirm(REMOVE_OWNER_MUTATION, { ...owner, resourceUrn: urn }, 'removeOwner', `the owners of ${urn}`, signal)
      }
      if (plan.add.length) await confirm(ADD_OWNERS_MUTATION, { owners: plan.add, resourceUrn: urn }, 'addOwners', `the owners of ${urn}`, signal)
    },
  }
}
