import { parse } from 'yaml'
import { productSchema } from '../../backends/rest/wire-schemas'
import { demoMesh } from './demo-mesh'
import { odcsDocument } from './odcs-document'

const withTerms = demoMesh.products.filter((p) => p.contract?.terms)

describe('contract documents of the demo mesh', () => {
  it('exist for a few products, with terms, quality checks and the ODCS text', () => {
    expect(withTerms.map((p) => p.name)).toEqual(expect.arrayContaining(['playback_sessions', 'subscriber_daily_snapshot']))
    for (const product of withTerms) {
      expect(product.contract?.terms?.qualityChecks?.length).toBeGreaterThan(0)
      expect(product.contract?.raw).toContain('kind: "DataContract"')
      expect(productSchema.safeParse(product).success).toBe(true)
    }
  })

  it('are valid YAML that says what the parsed terms say', () => {
    for (const product of withTerms) {
      const doc = parse(product.contract?.raw ?? '') as {
        id: string
        version: string
        schema: { physicalName: string; properties: { name: string }[]; quality: { name: string }[] }[]
      }
      const port = product.outputPorts.find((p) => p.id === product.contract?.outputPortId)
      expect(doc.id).toBe(product.contract?.id)
      expect(doc.version).toBe(product.contract?.version)
      expect(doc.schema[0]?.physicalName).toBe(port?.location)
      expect(doc.schema[0]?.properties.map((p) => p.name)).toEqual(port?.columns.map((c) => c.name))
      expect(doc.schema[0]?.quality.map((q) => q.name)).toEqual(product.contract?.terms?.qualityChecks?.map((c) => c.name))
    }
  })

  it('cannot be broken by quotes, colons or newlines in the text they carry', () => {
    const product = withTerms[0]!
    const hostile = 'a "quoted": value\n- not: a list\n# not a comment'
    const contract = { ...product.contract!, terms: { ...product.contract!.terms, schemaPromise: hostile } }
    const doc = parse(odcsDocument({ ...product, title: hostile }, contract)) as { name: string; description: { limitations: string } }
    expect(doc.name).toBe(hostile)
    expect(doc.description.limitations).toBe(hostile)
  })
})
