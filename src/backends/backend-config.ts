import { z } from 'zod'
import { PRODUCT_KINDS } from '../model/types'

const base = {
  id: z.string().min(1).regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes').optional(),
  label: z.string().min(1).optional(),
  /**
   * Where people ask for access to an output port: a ticket system, form or `mailto:` address, with
   * `{product}`, `{productUrn}`, `{port}`, `{portId}`, `{location}`, `{purpose}`, `{requester}` and `{days}`
   * filled in. Takes the place of the backend's own access requests, if it has any.
   */
  accessRequest: z
    .object({
      url: z.string().regex(/^\s*(https?:|mailto:)/i, 'use an http(s) or mailto: address'),
      /** The button's words, e.g. "Open a ticket in ServiceNow"; by default it names the address. */
      label: z.string().min(1).optional(),
    })
    .strict()
    .optional(),
}

const demoConfig = z
  .object({
    type: z.literal('demo'),
    ...base,
    /** A generated mesh of this many products instead of the Lumen demo, for trying Tessera at scale. */
    synthetic: z
      .object({
        products: z.number().int().min(1).max(200_000),
        seed: z.number().int().optional(),
        domains: z.number().int().min(1).max(5_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

const restConfig = z
  .object({
    type: z.literal('rest'),
    ...base,
    baseUrl: z.string().min(1, 'baseUrl is required: where Tessera’s catalogue API is served'),
    /** Bearer token sent as Authorization; prefer a proxy that adds it server-side. */
    token: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict()

const fileUrl = z.string().min(1)

/** The git repository a file backend's files come from: owners' saves become pull requests there. */
const repositoryConfig = z
  .object({
    host: z.enum(['github', 'gitlab'], { message: 'host: github (github.com or GitHub Enterprise Server) or gitlab (gitlab.com or self-managed)' }),
    /** The host's REST API: github.com's or gitlab.com's when absent, `https://github.acme.test/api/v3`, `https://gitlab.acme.test/api/v4`, or a proxy path. */
    baseUrl: z.string().min(1).optional(),
    /** `owner/name` on GitHub; `group/subgroup/project` on GitLab. */
    repository: z.string().min(1),
    /** The branch proposals are opened against; `main` when absent. */
    branch: z.string().min(1).default('main'),
    /** The folder inside the repository that holds the dbt project, or that the contract files' addresses are relative to. */
    path: z.string().optional(),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const shape = settings.host === 'github' ? /^[^/\s]+\/[^/\s]+$/ : /^[^/\s]+(\/[^/\s]+)+$/
    if (!shape.test(settings.repository))
      ctx.addIssue({ code: 'custom', path: ['repository'], message: settings.host === 'github' ? 'repository: write it as owner/name' : 'repository: write it as group/project (subgroups allowed)' })
  })

/** One dbt project: its `target/` folder, or the artifacts' addresses one by one. */
const dbtProjectConfig = z
  .object({
    /** Folder holding manifest.json and (optionally) catalog.json, e.g. `dbt/target/`. */
    target: fileUrl.optional(),
    manifestUrl: fileUrl.optional(),
    catalogUrl: fileUrl.optional(),
    /** run_results.json and sources.json; without them, looked for in `target`. */
    runResultsUrl: fileUrl.optional(),
    sourcesUrl: fileUrl.optional(),
  })
  .strict()
  .refine((p) => (p.target === undefined) !== (p.manifestUrl === undefined), {
    message: 'give either target (a dbt target/ folder) or manifestUrl, not both',
  })

const dbtConfig = z
  .object({
    type: z.literal('dbt'),
    ...base,
    projects: z.array(dbtProjectConfig).min(1, 'name at least one dbt project'),
    /**
     * What becomes a data product: each dbt group, each public model, or each model.
     * `auto` (default) takes groups when the project has any, else public models, else every model.
     */
    productRule: z.enum(['auto', 'group', 'public-model', 'model']).optional(),
    timeoutMs: z.number().int().positive().optional(),
    repository: repositoryConfig.optional(),
  })
  .strict()

const contractsConfig = z
  .object({
    type: z.literal('contracts'),
    ...base,
    /** Contract and data product descriptor files (YAML or JSON). */
    urls: z.array(fileUrl).optional(),
    /** A JSON file listing such files, relative to itself: `["orders.odcs.yaml"]` or `{ "files": [...] }`. */
    index: fileUrl.optional(),
    timeoutMs: z.number().int().positive().optional(),
    repository: repositoryConfig.optional(),
  })
  .strict()
  .refine((c) => (c.urls?.length ?? 0) > 0 || c.index !== undefined, {
    message: 'list the files in urls, or name an index file that lists them',
  })

const datahubConfig = z
  .object({
    type: z.literal('datahub'),
    ...base,
    /** Where DataHub is served (its frontend, or GMS), e.g. `/datahub` behind a proxy; `/api/graphql` is appended. */
    baseUrl: z.string().min(1, 'baseUrl is required: where DataHub is served, e.g. "/datahub" behind a proxy'),
    /** Personal access token sent as a Bearer header; prefer a proxy that adds it server-side. */
    token: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
    /** How many data products the catalogue views read (search is never capped). */
    maxProducts: z.number().int().positive().optional(),
    /** What becomes a product: data products, datasets, or (`auto`) datasets when DataHub holds no data products. */
    productSource: z.enum(['auto', 'dataProduct', 'dataset']).optional(),
    /** The kind of a dataset shown as a product when no `kind` custom property gives it: the first rule naming its platform and/or a tag of it wins. */
    kindRules: z
      .array(
        z
          .object({ platform: z.string().min(1).optional(), tag: z.string().min(1).optional(), kind: z.enum(PRODUCT_KINDS) })
          .strict()
          .refine((r) => r.platform !== undefined || r.tag !== undefined, 'a kind rule names a platform, a tag or both'),
      )
      .optional(),
  })
  .strict()

const openMetadataConfig = z
  .object({
    type: z.literal('openmetadata'),
    ...base,
    /** Where OpenMetadata is served, e.g. `/openmetadata` behind a proxy; `/api/v1` is appended. */
    baseUrl: z.string().min(1, 'baseUrl is required: where OpenMetadata is served, e.g. "/openmetadata" behind a proxy'),
    /** Bot or personal access token (JWT) sent as a Bearer header; prefer a proxy that adds it server-side. */
    token: z.string().optional(),
    timeoutMs: z.number().int().positive().optional(),
    /** What becomes a product: data products, tables, or (`auto`) data products when the server has any. */
    productSource: z.enum(['auto', 'dataProduct', 'table']).optional(),
    /** How many products the catalogue views read (search is never capped). */
    maxProducts: z.number().int().positive().optional(),
  })
  .strict()

const backstageConfig = z
  .object({
    type: z.literal('backstage'),
    ...base,
    /** Where Backstage's backend is served, e.g. `/backstage` behind a proxy; `/api/catalog` is appended. */
    baseUrl: z.string().min(1, 'baseUrl is required: where Backstage is served, e.g. "/backstage" behind a proxy'),
    /** A Backstage static (external access) token sent as a Bearer header; prefer a proxy that adds it server-side. */
    token: z.string().optional(),
    /** Backstage's web app, for "Open in Backstage" links on product pages. */
    appUrl: z.string().min(1).optional(),
    /** `type` (default): Systems, Components and Resources whose spec.type is in productTypes; `system`: every System as well. */
    productRule: z.enum(['type', 'system']).optional(),
    /** spec.type values that mark a data product; `["data-product"]` by default. */
    productTypes: z.array(z.string().min(1)).min(1).optional(),
    timeoutMs: z.number().int().positive().optional(),
  })
  .strict()

/** Backends that the configuration may name and that this build can talk to. */
export const backendConfigSchema = z.discriminatedUnion('type', [demoConfig, restConfig, dbtConfig, contractsConfig, datahubConfig, openMetadataConfig, backstageConfig])
export type BackendConfig = z.infer<typeof backendConfigSchema>
export type DbtBackendConfig = z.infer<typeof dbtConfig>
export type ContractsBackendConfig = z.infer<typeof contractsConfig>

/** Backend types announced but not built yet: naming one explains that instead of a bare schema error. */
export const PLANNED_BACKENDS: readonly string[] = []

export const tesseraConfigSchema = z
  .object({
    title: z.string().optional(),
    backends: z.array(backendConfigSchema).min(1, 'name at least one backend'),
  })
  .strict()
export type TesseraConfig = z.infer<typeof tesseraConfigSchema>
