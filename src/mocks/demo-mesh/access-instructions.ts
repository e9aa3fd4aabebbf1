import type { Column, PortType } from '../../model/types'

const ACCESS_HUB = 'https://access.lumen.example'

export function accessInstructions(type: PortType, location: string, columns: Column[]): string {
  const steps = STEPS[type](location)
  return hasPii(columns) ? `${steps}\n\n${PII_NOTICE}` : steps
}

const PII_NOTICE =
  '> **Contains personal data.** Your request must reference an approved DPIA; ' +
  'masked columns are readable only with the `pii_reader` entitlement.'

const STEPS: Record<PortType, (location: string) => string> = {
  table: warehouseSteps,
  view: warehouseSteps,
  topic: (location) => {
    const subject = location.replace('kafka://', '')
    return [
      `1. Request read ACLs for \`${subject}\` in [Access Hub](${ACCESS_HUB}/kafka/${subject}).`,
      '2. Use a consumer group named `<your-team>.<purpose>`; shared groups are revoked.',
      `3. The schema is in the [schema registry](https://schemas.lumen.example/subjects/${subject}-value).`,
    ].join('\n')
  },
  api: (location) =>
    [
      `1. Register an OAuth2 client in [Access Hub](${ACCESS_HUB}/api-clients) and request the scope for \`${location}\`.`,
      '2. Call it with a client-credentials token; the default quota is 50 requests per second.',
      '',
      '```bash',
      `curl -H "Authorization: Bearer $TOKEN" ${location}`,
      '```',
    ].join('\n'),
  file: (location) => {
    const area = location.replace('s3://lumen-lake/', '').split('/')[0] ?? 'lake'
    return [
      `1. Ask for the \`lake-reader-${area}\` IAM role in [Access Hub](${ACCESS_HUB}/roles/lake-reader-${area}).`,
      `2. Read with Spark or DuckDB: \`read_parquet('${location}**/*.parquet')\`.`,
    ].join('\n')
  },  dashboard: (location) => `1. Ask the owning team for viewer access to [the dashboard](${location}).`,
  other: (location) => `1. Ask the owning team how to read \`${location}\`.`,
}

function warehouseSteps(location: string): string {
  const schema = location.split('.')[1] ?? 'shared'
  return [
    `1. Request the \`${schema}_reader\` role in [Access Hub](${ACCESS_HUB}/roles/${schema}_reader).`,
    '   The owning team approves within one working day.',
    '2. Query it from the warehouse:',
    '',
    '```sql',
    `select * from ${location} limit 100;`,
    '```',
  ].join('\n')
}

function hasPii(columns: Column[]): boolean {
  return columns.some((column) => column.pii === true || (column.fields !== undefined && hasPii(column.fields)))
}
