import { makeColumn } from '../../../model/test-products'
import { neighbourGap } from './column-navigation'

const columns = [
  makeColumn({ name: 'a', description: '' }),
  makeColumn({ name: 'b', description: 'documented' }),
  makeColumn({ name: 'device', description: 'Device.', fields: [makeColumn({ name: 'os', description: '' }), makeColumn({ name: 'model', description: undefined })] }),
  makeColumn({ name: 'z', description: ' ' }),
]

describe('neighbourGap', () => {
  it('goes to the next undocumented column, into nested fields, and back', () => {
    expect(neighbourGap(columns, 'a', 'next')).toBe('device.os')
    expect(neighbourGap(columns, 'device.os', 'next')).toBe('device.model')
    expect(neighbourGap(columns, 'device.model', 'next')).toBe('z')
    expect(neighbourGap(columns, 'z', 'next')).toBeUndefined()
    expect(neighbourGap(columns, 'device.os', 'previous')).toBe('a')
  })

  it('starts from a documented column too, skips drafted ones, and keeps to the filter', () => {
    expect(neighbourGap(columns, 'b', 'next')).toBe('device.os')
    expect(neighbourGap(columns, 'a', 'next', { drafts: new Map([['device.os', 'Operating system']]) })).toBe('device.model')
    expect(neighbourGap(columns, 'a', 'next', { filter: 'z' })).toBe('z')
  })
})
