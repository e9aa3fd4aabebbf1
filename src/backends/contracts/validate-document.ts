import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'
import Ajv2019 from 'ajv/dist/2019'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { SourceProblem } from '../catalog-backend'
import type { StandardId } from './detect-standard'
import type { ParsedDocument } from './parse-document'
import dcsSchema from './schemas/datacontract-specification.schema.json'
import dpdsSchema from './schemas/dpds-v1.0.0.schema.json'
import odcs30Schema from './schemas/odcs-v3.0.2.schema.json'
import odcs31Schema from './schemas/odcs-v3.1.0.schema.json'
import odpsBitolSchema from './schemas/odps-bitol-v1.0.0.schema.json'
import odps4Schema from './schemas/odps-v4.1.schema.json'

type Draft = 'draft-07' | '2019-09' | '2020-12'

const SCHEMAS: Partial<Record<StandardId, { schema: object; draft: Draft; name: string }>> = {
  'odcs-3.0': { schema: odcs30Schema, draft: '2019-09', name: 'the ODCS v3.0.2 JSON Schema' },
  'odcs-3.1': { schema: odcs31Schema, draft: '2019-09', name: 'the ODCS v3.1.0 JSON Schema' },
  dcs: { schema: dcsSchema, draft: 'draft-07', name: 'the Data Contract Specification JSON Schema' },
  'odps-bitol': { schema: odpsBitolSchema, draft: '2019-09', name: 'the ODPS v1.0.0 JSON Schema' },
  'odps-4': { schema: odps4Schema, draft: '2020-12', name: 'the ODPS 4.1 JSON Schema' },
  dpds: { schema: dpdsSchema, draft: '2020-12', name: 'the DPDS 1.0.0 JSON Schema' },
}

// Formats some schemas name without defining; they are descriptive, not checks.
const DESCRIPTIVE_FORMATS = ['version', 'fqn', 'alphanumeric', 'name']

function newAjv(draft: Draft) {
  // Unoptimised code compiles several times faster; validating a few files does not need the speed.
  const options = { allErrors: true, strict: false, logger: false as const, code: { optimize: false } }
  const ajv = draft === 'draft-07' ? new Ajv(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv2020(options)
  addFormats(ajv)
  for (const format of DESCRIPTIVE_FORMATS) ajv.addFormat(format, true)
  return ajv
}

const compiled = new Map<StandardId, ValidateFunction>()

/** Compiled on first use: compiling a large schema takes a moment, and most folders use one or two standards. */
function validatorFor(standard: StandardId): ValidateFunction | undefined {
  const entry = SCHEMAS[standard]
  if (!entry) return undefined
  let validate = compiled.get(standard)
  if (!validate) {
    validate = newAjv(entry.draft).compile(entry.schema)
    compiled.set(standard, validate)
  }
  return validate
}

const pathOf = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))

function explain(error: ErrorObject): { message: string; path: (string | number)[] } {
  const path = pathOf(error.instancePath)
  const where = error.instancePath ? error.instancePath.slice(1) : '(top level)'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return { path, message: `${where}: missing required field “${String(params.missingProperty)}”` }
    case 'unevaluatedProperties':
      return { path: [...path, String(params.unevaluatedProperty)], message: `${where}: unknown field “${String(params.unevaluatedProperty)}”` }
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `${where}: unknown field “${String(params.additionalProperty)}”` }
    case 'enum':
      return { path, message: `${where}: must be one of ${(params.allowedValues as unknown[]).map((v) => `“${String(v)}”`).join(', ')}` }
    default:
      return { path, message: `${where}: ${error.message ?? 'is not valid'}` }
  }
}

// "must match then schema" and friends only repeat a more precise error reported beside them.
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not'])
const MAX_ERRORS = 10

export interface Validation {
  /** Which schema it was checked against, in words; undefined when Tessera holds none for the standard. */
  schemaName?: string
  problems: SourceProblem[]
}

/** Checks a document against its standard's official JSON Schema, naming the line of each error. */
export function validateDocument(standard: StandardId, document: ParsedDocument): Validation {
  const validate = validatorFor(standard)
  if (!validate) return { problems: [] }
  const schemaName = SCHEMAS[standard]?.name
  if (validate(document.data)) return { schemaName, problems: [] }
  const errors = validate.errors ?? []
  // An object with an invalid field also fails "no unevaluated properties": the field's own error says more.
  const cascades = (e: ErrorObject) =>
    e.keyword === 'unevaluatedProperties' && errors.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`))
  const precise = errors.filter((e) => !SUMMARY_KEYWORDS.has(e.keyword) && !cascades(e))
  const shown = (precise.length ? precise : errors).slice(0, MAX_ERRORS)
  const seen = new Set<string>()
  const problems: SourceProblem[] = []
  for (const error of shown) {
    const { message, path } = explain(error)
    if (seen.has(message)) continue
    seen.add(message)
    problems.push({ severity: 'error', message, path: error.instancePath || '/', ...document.locate(path) })
  }
  const more = errors.length - shown.length
  if (more > 0 && precise.length > MAX_ERRORS) problems.push({ severity: 'error', message: `…and ${precise.length - MAX_ERRORS} more schema errors.` })
  return { schemaName, problems }
}
