import type { Column, OutputPort, PortType } from '../../model/types'
import { accessInstructions } from './access-instructions'

export interface PortSpec {
  id: string
  location: string
  columns: Column[]
  name?: string
  format?: string
  description?: string
  /** Markdown access steps; generated from the port type unless given, `false` for none. */
  access?: string | false
}

const DEFAULT_FORMATS: Record<PortType, string | undefined> = {
  table: 'iceberg',
  view: undefined,
  topic: 'avro',
  api: 'json',
  file: 'parquet',
  dashboard: undefined,
  other: undefined,
}

function port(type: PortType, spec: PortSpec): OutputPort {
  const format = spec.format ?? DEFAULT_FORMATS[type]
  const access = spec.access === undefined ? accessInstructions(type, spec.location, spec.columns) : spec.access
  return {
    id: spec.id,
    name: spec.name ?? nameFromId(spec.id),
    type,
    location: spec.location,
    ...(format === undefined ? {} : { format }),
    ...(access === false ? {} : { accessInstructions: access }),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    columns: spec.columns,
  }
}

export const table = (spec: PortSpec) => port('table', spec)
export const view = (spec: PortSpec) => port('view', spec)
export const topic = (spec: PortSpec) => port('topic', spec)
export const api = (spec: PortSpec) => port('api', spec)
export const file = (spec: PortSpec) => port('file', spec)

function nameFromId(id: string): string {
  const words = id.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
