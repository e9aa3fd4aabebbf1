import { glossaryEntries, relatedTerms, termCarriers, type GlossaryTerm } from './glossary'
import { makeProduct } from './test-products'

const terms: GlossaryTerm[] = [
  { name: 'Watch time', definition: 'Seconds of content played.', related: ['Playback session'] },
  { name: 'Playback session', related: [] },
  { name: 'Churn', definition: '  ', related: ['Watch time', 'churn'] },
]

describe('glossary', () => {
  it('lists defined and carried terms once each, spelled as the glossary does, with product counts and no blank definitions', () => {
    const products = [makeProduct({ urn: 'urn:a', glossaryTerms: ['watch time', 'Heartbeat'] }), makeProduct({ urn: 'urn:b', glossaryTerms: ['Watch time', 'WATCH TIME'] })]
    expect(glossaryEntries(terms, products)).toEqual([
      { name: 'Churn', products: 0 },
      { name: 'Heartbeat', products: 1 },
      { name: 'Playback session', products: 0 },
      { name: 'Watch time', definition: 'Seconds of content played.', products: 2 },
    ])
  })

  it('finds the products and the columns, nested ones included, that carry a term in any case', () => {
    const product = makeProduct({ urn: 'urn:a', glossaryTerms: ['Watch time'] })
    const withColumns = makeProduct({ urn: 'urn:b' })
    withColumns.outputPorts[0]!.columns = [
      { name: 'seconds', type: 'int', tags: ['watch time'] },
      { name: 'device', type: 'struct', fields: [{ name: 'played', type: 'int', tags: ['Watch Time'] }] },
      { name: 'other', type: 'int', tags: ['pii'] },
    ]
    const found = termCarriers([product, withColumns], 'Watch time')
    expect(found.products.map((p) => p.urn)).toEqual(['urn:a'])
    expect(found.columns.map((c) => `${c.product.urn} ${c.path}`)).toEqual(['urn:b seconds', 'urn:b device.played'])
  })

  it('relates terms both ways, once each, never to themselves', () => {
    expect(relatedTerms(terms, 'Watch time')).toEqual(['Churn', 'Playback session'])
    expect(relatedTerms(terms, 'churn')).toEqual(['Watch time'])
    expect(relatedTerms(terms, 'Unknown')).toEqual([])
  })
})
