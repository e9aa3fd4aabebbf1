import { z } from 'zod'

const base = {
  id: z.string().min(1).regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes').optional(),
  label: z.string().min(1).optional(),
}

const demoConfig = z
  .object({
    type: z.literal('demo'),
    ...base,
    /** A generated mesh of this many products instead of the Lumen demo, for trying Tessera at scale. */
    synthetic: z
      .object({ products: z.number().int().min(1).max(200_000), seed: z.number().int().optional() })
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

/** Backends that the configuration may name and that this build can talk to. */
export const backendConfigSchema = z.discriminatedUnion('type', [demoConfig, restConfig])
export type BackendConfig = z.infer<typeof backendConfigSchema>

export const PLANNED_BACKENDS = ['datahub', 'openmetadata', 'backstage', 'dbt', 'contracts'] as const

export const tesseraConfigSchema = z
  .object({
    title: z.string().optional(),
    backends: z.array(backendConfigSchema).min(1, 'name at least one backend'),
  })
  .strict()
export type TesseraConfig = z.infer<typeof tesseraConfigSchema>
