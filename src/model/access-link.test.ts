import { describeAccessLink, fillAccessLink, type AccessLinkFields } from './access-link'

const fields: AccessLinkFields = {
  product: 'Playback sessions',
  productUrn: 'urn:tessera:product:playback.playback_sessions',
  port: 'Warehouse table',
  portId: 'warehouse',
  location: 'analytics.playback.sessions',
  purpose: 'Churn model & A/B #42',
  requester: 'Sam Okafor',
  days: '30',
}

describe('fillAccessLink', () => {
  it('fills every named field, percent-encoded', () => {
    const url = fillAccessLink('https://jira.acme.example/new?summary=Access+to+{product}&port={portId}&why={purpose}&by={requester}&days={days}', fields)
    const params = new URL(url!).searchParams
    expect(params.get('summary')).toBe('Access to Playback sessions')
    expect(params.get('port')).toBe('warehouse')
    expect(params.get('why')).toBe('Churn model & A/B #42')
    expect(params.get('by')).toBe('Sam Okafor')
    expect(params.get('days')).toBe('30')
  })

  it('fills a mailto template', () => {
    const url = fillAccessLink('mailto:data-access@acme.example?subject={product}%20/%20{port}&body={purpose}', fields)
    expect(url).toBe('mailto:data-access@acme.example?subject=Playback%20sessions%20/%20Warehouse%20table&body=Churn%20model%20%26%20A%2FB%20%2342')
  })

  it('leaves unknown placeholders and refuses addresses that are not http(s) or mailto', () => {
    expect(fillAccessLink('https://x.example/{nope}', fields)).toBe('https://x.example/{nope}')
    expect(fillAccessLink('javascript:alert({product})', fields)).toBeUndefined()
    expect(fillAccessLink('{location}', { ...fields, location: 'javascript:alert(1)' })).toBeUndefined()
  })
})

describe('describeAccessLink', () => {
  it('says where the button leads', () => {
    expect(describeAccessLink('mailto:data-access@acme.example?subject={product}')).toBe('Email data-access@acme.example')
    expect(describeAccessLink('https://jira.acme.example/new?summary={product}')).toBe('Open jira.acme.example')
    expect(describeAccessLink('not a url')).toBe('Open the request form')
  })
})
