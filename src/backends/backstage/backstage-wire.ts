import { z } from 'zod'

const strings = z.array(z.string())
const ref = z.string().min(1)

export const entityLinkSchema = z.object({ url: z.string(), title: z.string().optional(), type: z.string().optional(), icon: z.string().optional() })

/** What every entity carries; Backstage itself guarantees these for anything it serves. */
const metadataSchema = z.object({
  name: z.string().min(1),
  namespace: z.string().min(1).optional(),
  uid: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
  tags: strings.optional(),
  links: z.array(entityLinkSchema).optional(),
})

const relationSchema = z.object({ type: z.string().min(1), targetRef: z.string().min(1) })

const envelope = <K extends string, S extends z.ZodType>(kind: K, spec: S) =>
  z.object({
    apiVersion: z.string().min(1),
    kind: z.literal(kind),
    metadata: metadataSchema,
    spec,
    relations: z.array(relationSchema).optional(),
  })

// Only the spec fields Tessera reads are checked; the rest is left as Backstage sent it.
export const domainEntitySchema = envelope('Domain', z.object({ owner: ref.optional(), subdomainOf: ref.optional(), type: z.string().optional() }))
export const systemEntitySchema = envelope('System', z.object({ owner: ref.optional(), domain: ref.optional(), type: z.string().optional() }))
export const componentEntitySchema = envelope(
  'Component',
  z.object({
    type: z.string().min(1),
    lifecycle: z.string().optional(),
    owner: ref.optional(),
    system: ref.optional(),
    providesApis: strings.optional(),
    consumesApis: strings.optional(),
    dependsOn: strings.optional(),
  }),
)
export const resourceEntitySchema = envelope(
  'Resource',
  z.object({ type: z.string().min(1), lifecycle: z.string().optional(), owner: ref.optional(), system: ref.optional(), dependsOn: strings.optional() }),
)
export const apiEntitySchema = envelope(
  'API',
  z.object({
    type: z.string().min(1),
    lifecycle: z.string().optional(),
    owner: ref.optional(),
    system: ref.optional(),
    /** A string once Backstage resolved `$text` / `$json` placeholders; anything else is ignored. */
    definition: z.unknown().optional(),
  }),
)
const profileSchema = z.object({ displayName: z.string().optional(), email: z.string().optional(), picture: z.string().optional() }).optional()
export const groupEntitySchema = envelope(
  'Group',
  z.object({ type: z.string().optional(), profile: profileSchema, parent: ref.optional(), children: strings.optional(), members: strings.optional() }),
)
export const userEntitySchema = envelope('User', z.object({ profile: profileSchema, memberOf: strings.optional() }).optional())

export const entitySchemas = {
  Domain: domainEntitySchema,
  System: systemEntitySchema,
  Component: componentEntitySchema,
  Resource: resourceEntitySchema,
  API: apiEntitySchema,
  Group: groupEntitySchema,
  User: userEntitySchema,
} as const

export type EntityKind = keyof typeof entitySchemas
export const ENTITY_KINDS = Object.keys(entitySchemas) as EntityKind[]

export type DomainEntity = z.infer<typeof domainEntitySchema>
export type SystemEntity = z.infer<typeof systemEntitySchema>
export type ComponentEntity = z.infer<typeof componentEntitySchema>
export type ResourceEntity = z.infer<typeof resourceEntitySchema>
export type ApiEntity = z.infer<typeof apiEntitySchema>
export type GroupEntity = z.infer<typeof groupEntitySchema>
export type UserEntity = z.infer<typeof userEntitySchema>
export type BackstageEntity = DomainEntity | SystemEntity | ComponentEntity | ResourceEntity | ApiEntity | GroupEntity | UserEntity

/** One page of `GET /entities/by-query`. Entities stay unknown here: each is checked on its own. */
export const queryPageSchema = z.object({
  items: z.array(z.unknown()),
  totalItems: z.number().optional(),
  pageInfo: z.object({ nextCursor: z.string().min(1).optional(), prevCursor: z.string().optional() }).optional(),
})
