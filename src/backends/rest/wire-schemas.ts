import { z } from 'zod'
import {
  CLASSIFICATIONS,
  LIFECYCLES,
  OWNER_ROLES,
  PORT_TYPES,
  PRODUCT_KINDS,
  QUALITY_CHECK_STATUSES,
  SLO_STATUSES,
  type Column,
  type DataProduct,
  type Domain,
  type EditableProductFields,
  type Person,
  type ProductChange,
  type Team,
} from '../../model/types'
import {
  ACCESS_REQUEST_ACTIONS,
  ACCESS_REQUEST_STATUSES,
  type AccessDecision,
  type AccessRequest,
  type NewAccessRequest,
} from '../../model/access-requests'
import { FOLLOW_KINDS, type Follow } from '../../model/follows'
import type { GlossaryTerm } from '../../model/glossary'
import { NAME_LIMIT, SEEN_LIMIT, type SavedSearch } from '../../model/saved-searches'
import { FACET_KEYS, SORTS } from '../../model/search/search-types'
import { checkDetailShape, observedShape } from './wire-observations'

// Optional collections default to empty so a sparse but honest record still loads.
const list = <T extends z.ZodType>(item: T) => z.array(item).default([])
const text = z.string()
const count = z.number().int().nonnegative()

const contactSchema = z.object({
  kind: z.enum(['email', 'chat', 'phone', 'web']),
  label: text.optional(),
  href: text,
})

export const personSchema = z.object({
  id: text.min(1),
  name: text.min(1),
  email: text.optional(),
  title: text.optional(),
  contacts: list(contactSchema),
  teamIds: list(text),
}) satisfies z.ZodType<Person>

export const teamSchema = z.object({
  id: text.min(1),
  name: text.min(1),
  description: text.optional(),
  members: list(z.object({ personId: text, role: text })),
  contacts: list(contactSchema),
}) satisfies z.ZodType<Team>

export const domainSchema = z.object({
  id: text.min(1),
  name: text.min(1),
  description: text.optional(),
  parentId: text.optional(),
  ownerTeamId: text.optional(),
}) satisfies z.ZodType<Domain>

export const columnSchema: z.ZodType<Column> = z.lazy(() =>
  z.object({
    name: text.min(1),
    type: text,
    description: text.optional(),
    required: z.boolean().optional(),
    classification: z.enum(CLASSIFICATIONS).optional(),
    pii: z.boolean().optional(),
    tags: z.array(text).optional(),
    fields: z.array(columnSchema).optional(),
  }),
)

const ownerSchema = z
  .object({ role: z.enum(OWNER_ROLES), teamId: text.optional(), personId: text.optional() })
  .refine((o) => o.teamId || o.personId, 'an owner names a team or a person')

const outputPortSchema = z.object({
  id: text.min(1),
  name: text.min(1),
  type: z.enum(PORT_TYPES),
  location: text,
  format: text.optional(),
  accessInstructions: text.optional(),
  description: text.optional(),
  columns: list(columnSchema),
  contractId: text.optional(),
})

const inputPortSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('product'), productUrn: text.min(1), outputPortId: text.optional(), description: text.optional() }),
  z.object({ kind: z.literal('external'), name: text.min(1), system: text.optional(), description: text.optional() }),
])

const linkSchema = z.object({ label: text, url: text })

const contractSchema = z.object({
  id: text,
  version: text,
  standard: text.optional(),
  url: text.optional(),
  outputPortId: text.optional(),
  terms: z
    .object({
      status: text.optional(),
      schemaPromise: text.optional(),
      qualityChecks: z
        .array(
          z.object({
            name: text,
            description: text.optional(),
            dimension: text.optional(),
            column: text.optional(),
            status: z.enum(QUALITY_CHECK_STATUSES).catch('unknown'),
            ...observedShape,
            ...checkDetailShape,
          }),
        )
        .optional(),
      support: z.array(z.object({ label: text, href: text.optional() })).optional(),
      termsOfUse: text.optional(),
    })
    .optional(),
  raw: text.optional(),
})

export const productSchema = z.object({
  urn: text.min(1),
  name: text.min(1),
  title: text.min(1),
  domainId: text.min(1),
  kind: z.enum(PRODUCT_KINDS),
  lifecycle: z.enum(LIFECYCLES),
  replacedBy: text.optional(),
  description: text.default(''),
  tags: list(text),
  glossaryTerms: list(text),
  owners: list(ownerSchema),
  outputPorts: list(outputPortSchema),
  inputPorts: list(inputPortSchema),
  contract: contractSchema.optional(),
  slos: list(z.object({ name: text, objective: text, current: text.optional(), status: z.enum(SLO_STATUSES), lastLandedAt: text.optional().catch(undefined), ...observedShape })),
  links: list(linkSchema),
  columnLineage: z
    .array(
      z.object({
        outputPortId: text,
        column: text,
        from: z.array(z.object({ productUrn: text, outputPortId: text.optional(), column: text })),
      }),
    )
    .optional(),
  version: text.optional(),
  revision: z.number().int().nonnegative(),
  updatedAt: text,
  updatedBy: text.optional(),
  // Usage is a hint: a malformed count is dropped, the product still loads.
  usage: z
    .object({
      queries: count,
      users: count.optional().catch(undefined),
      previousQueries: count.optional().catch(undefined),
      daily: z.array(count).max(366).optional().catch(undefined),
      asOf: text.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
}) satisfies z.ZodType<DataProduct>

export const editableFieldsSchema = z
  .object({
    description: text,
    tags: z.array(text),
    glossaryTerms: z.array(text),
    owners: z.array(ownerSchema),
    links: z.array(linkSchema),
    columnDescriptions: z.array(z.object({ outputPortId: text, column: text, description: text })),
    columnTags: z.array(z.object({ outputPortId: text, column: text, tags: z.array(text) })),
    columnClassifications: z.array(z.object({ outputPortId: text, column: text, classification: z.enum(CLASSIFICATIONS).nullable() })),
  })
  .partial()
  .strict() satisfies z.ZodType<Partial<EditableProductFields>>

export const changeSchema = z.object({
  revision: z.number(),
  at: text,
  by: text,
  fields: z.array(text),
  diff: z.array(z.object({ field: text, before: text, after: text })),
}) satisfies z.ZodType<ProductChange>

export const identitySchema = z.object({
  personId: text.nullable(),
  name: text,
  description: text,
})

export const errorBodySchema = z.object({
  error: text,
  current: z.unknown().optional(),
})

export const accessRequestSchema = z.object({
  id: text.min(1),
  productUrn: text.min(1),
  outputPortId: text.min(1),
  requesterId: text.min(1),
  purpose: text,
  durationDays: z.number().int().positive().optional(),
  status: z.enum(ACCESS_REQUEST_STATUSES),
  createdAt: text,
  history: z.array(z.object({ at: text, by: text, action: z.enum(ACCESS_REQUEST_ACTIONS), message: text.optional() })).min(1),
}) satisfies z.ZodType<AccessRequest>

export const newAccessRequestSchema = z
  .object({
    productUrn: text.min(1),
    outputPortId: text.min(1),
    purpose: text,
    durationDays: z.number().int().optional(),
  })
  .strict() satisfies z.ZodType<NewAccessRequest>

export const accessDecisionSchema = z
  .object({ action: z.enum(['approve', 'reject']), message: text.optional() })
  .strict() satisfies z.ZodType<AccessDecision>

export const followSchema = z.object({ kind: z.enum(FOLLOW_KINDS), id: text.min(1), since: text }) satisfies z.ZodType<Follow>

export const followChangeSchema = z.object({ kind: z.enum(FOLLOW_KINDS), id: text.min(1), following: z.boolean() }).strict()

const searchViewSchema = z.object({
  q: text.max(500),
  filters: z.partialRecord(z.enum(FACET_KEYS), z.array(text.max(500)).max(100)),
  sort: z.enum(SORTS),
})

export const savedSearchSchema = z.object({
  id: text.min(1).max(100),
  name: text.trim().min(1).max(NAME_LIMIT),
  view: searchViewSchema,
  createdAt: text,
  openedAt: text,
  seen: z.array(text).max(SEEN_LIMIT),
}) satisfies z.ZodType<SavedSearch>

export const glossaryTermSchema = z.object({
  name: text.trim().min(1),
  definition: text.optional(),
  related: list(text),
  glossary: text.optional(),
}) satisfies z.ZodType<GlossaryTerm, unknown>
