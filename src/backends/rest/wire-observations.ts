import { z } from 'zod'
import { RUN_OUTCOMES } from '../../model/types'

const optionalText = z.string().optional().catch(undefined)

const runSchema = z.object({
  at: z.string(),
  outcome: z.enum(RUN_OUTCOMES),
  value: optionalText,
  durationMs: z.number().nonnegative().optional().catch(undefined),
  message: optionalText,
})
const incidentSchema = z.object({ title: z.string(), startedAt: z.string(), resolvedAt: optionalText, url: optionalText })

/** Keeps the well-formed entries of an untrusted list and drops the rest. */
const lenientList = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .transform((items) => items.flatMap((raw) => {
      const parsed = item.safeParse(raw)
      return parsed.success ? [parsed.data as z.infer<T>] : []
    }))
    .optional()
    .catch(undefined)

/** When an SLO or check was observed, how old it may get, its recent runs and incidents: each part optional, a bad part dropped. */
export const observedShape = {
  observedAt: optionalText,
  maxAgeHours: z.number().positive().optional().catch(undefined),
  history: lenientList(runSchema),
  incidents: lenientList(incidentSchema),
}

/** What a check adds to its name and status: how its tool names it, its severity and settings, its last message. */
export const checkDetailShape = {
  type: optionalText,
  severity: z.enum(['error', 'warn']).optional().catch(undefined),
  config: lenientList(z.object({ key: z.string(), value: z.string() })),
  message: optionalText,
}
