import type { Domain, OutputPort, PortType, ProductKind } from '../../model/types'
import type { Random } from './prng'
import { schemaFor, type SchemaPool } from './schema-pool'

const PORT_TYPES_BY_KIND: Record<ProductKind, readonly PortType[]> = {
  'source-aligned': ['table', 'table', 'topic', 'file'],
  aggregate: ['table', 'table', 'view', 'file'],
  'consumer-aligned': ['view', 'api', 'table', 'file'],
}

const FORMATS: Record<PortType, readonly (string | undefined)[]> = {
  table: ['iceberg', 'delta', 'parquet'],
  view: [undefined],
  topic: ['avro', 'json'],
  api: ['json'],
  file: ['parquet', 'csv'],
  dashboard: [undefined],
  other: [undefined],
}

const PORT_NAMES: Record<PortType, string> = {
  table: 'Warehouse table',
  view: 'Curated view',
  topic: 'Event stream',
  api: 'REST API',
  file: 'Lake files',
  dashboard: 'Dashboard',
  other: 'Other port',
}

const ACCESS_INSTRUCTIONS: Record<PortType, string> = {
  table: 'Request the domain reader role in [Access Hub](https://access.acme.example), then query the table from the warehouse.',
  view: 'Request the domain reader role in [Access Hub](https://access.acme.example); the view is read-only.',
  topic: 'Request read ACLs in [Access Hub](https://access.acme.example) and consume with a group named `<team>.<purpose>`.',
  api: 'Register an OAuth2 client in [Access Hub](https://access.acme.example) and call the API with a client-credentials token.',
  file: 'Assume the lake reader IAM role granted in [Access Hub](https://access.acme.example) and read with Spark or DuckDB.',
  dashboard: 'Ask the owning team for viewer access.',
  other: 'Ask the owning team how to read it.',
}

export function buildPorts(
  random: Random,
  kind: ProductKind,
  domain: Domain,
  name: string,
  schemas: SchemaPool,
  entityIndex: number,
): OutputPort[] {
  const count = random.chance(0.3) ? 2 : 1
  const ports: OutputPort[] = []
  for (let position = 1; position <= count; position++) {
    const type = random.pick(PORT_TYPES_BY_KIND[kind])
    const port: OutputPort = {
      id: `${type}-${position}`,
      name: PORT_NAMES[type],
      type,
      location: locationOf(type, domain.id, name),
      columns: schemaFor(schemas, entityIndex, random),
    }
    const format = random.pick(FORMATS[type])
    if (format !== undefined) port.format = format
    if (random.chance(0.9)) port.accessInstructions = ACCESS_INSTRUCTIONS[type]
    ports.push(port)
  }
  return ports
}

function locationOf(type: PortType, domainId: string, name: string): string {
  switch (type) {
    case 'table':
    case 'view':
      return `acme_prod.${domainId.replace(/-/g, '_')}.${name}`
    case 'topic':
      return `kafka://events.${domainId}.${name.replace(/_/g, '-')}.v1`
    case 'api':
      return `https://api.acme.example/${domainId}/${name.replace(/_/g, '-')}/v1`
    case 'file':
      return `s3://acme-lake/${domainId}/${name}/`
    case 'dashboard':
      return `https://bi.acme.example/${domainId}/${name}`
    case 'other':
      return `${domainId}/${name}`
  }
}
