import { parseContractDocuments } from './parse-document'

describe('parseContractDocuments', () => {
  it('reads each document of a YAML stream, folding one repeated as is', () => {
    const text = 'id: a\nkind: DataContract\n---\nid: a\nkind: DataContract\n---\nid: b\ninfo: {}\n'
    const { documents, problems } = parseContractDocuments(text)
    expect(problems).toEqual([])
    expect(documents.map((d) => d.data)).toEqual([{ id: 'a', kind: 'DataContract' }, { id: 'b', info: {} }])
    expect(documents[1]?.text).toContain('id: b')
    expect(documents[1]?.text).not.toContain('id: a')
    expect(documents[1]?.locate(['info'])).toEqual({ line: 8, column: 7 })
  })

  it('leaves out empty documents and reads a single one with its whole text', () => {
    const { documents } = parseContractDocuments('---\nid: a\n---\n')
    expect(documents.map((d) => d.data)).toEqual([{ id: 'a' }])
    expect(parseContractDocuments('').documents).toEqual([])
  })

  it('reports broken syntax in any document with its line', () => {
    const { documents, problems } = parseContractDocuments('id: a\n---\nid: [b\n')
    expect(documents).toEqual([])
    expect(problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number), message: expect.stringMatching(/^Invalid YAML/) })
  })
})
