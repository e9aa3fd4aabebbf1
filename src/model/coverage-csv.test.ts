import { coverageCsv, csvField, toCsv } from './coverage-csv'
import { rollUpDomains } from './domain-rollup'
import { makeDomain, makeProduct, makeTeam } from './test-products'

describe('csvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-3)).toBe('-3')
  })
})

describe('coverageCsv', () => {
  it('writes a row per domain in tree order with own and rolled-up counts', () => {
    const domains = [makeDomain('p', { name: 'Playback', ownerTeamId: 't' }), makeDomain('q', { name: 'Quality, QoE', parentId: 'p' })]
    const products = [makeProduct({ domainId: 'p' }), makeProduct({ domainId: 'q', kind: 'consumer-aligned', contract: undefined })]
    const csv = coverageCsv(domains, [makeTeam('t', { name: 'Playback data' })], rollUpDomains(domains, products))
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^domain id,domain,parent id,owner team,products,source-aligned,/)
    expect(lines[1]).toBe('p,Playback,,Playback data,1,1,0,0,1,1,1,1,1,1,2,1,0,1,2,1,1,2,2,2')
    expect(lines[2]).toBe('q,"Quality, QoE",p,,1,0,0,1,1,0,0,1,1,1,1,0,0,1,1,0,0,1,1,1')
  })

  it('ends every record with CRLF', () => {
    expect(toCsv([['a'], ['b']])).toBe('a\r\nb\r\n')
  })
})
