// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { useLeadingValue } from './use-leading-value'

describe('useLeadingValue', () => {
  it('shows what was typed while the URL catches up one value at a time, then follows the URL when it moves elsewhere', () => {
    const written: string[] = []
    const { result, rerender } = renderHook(({ url }) => useLeadingValue(url, (v) => written.push(v)), { initialProps: { url: '' } })
    act(() => result.current[1]('c'))
    act(() => result.current[1]('co'))
    act(() => result.current[1]('col'))
    expect(result.current[0]).toBe('col')
    expect(written).toEqual(['c', 'co', 'col'])

    rerender({ url: 'c' })
    expect(result.current[0]).toBe('col')
    rerender({ url: 'col' })
    expect(result.current[0]).toBe('col')

    rerender({ url: 'device' })
    expect(result.current[0]).toBe('device')
  })

  it('keeps a checkbox checked until the URL says so', () => {
    const { result, rerender } = renderHook(({ url }) => useLeadingValue(url, () => undefined), { initialProps: { url: false } })
    act(() => result.current[1](true))
    expect(result.current[0]).toBe(true)
    rerender({ url: false })
    expect(result.current[0]).toBe(true)
    rerender({ url: true })
    expect(result.current[0]).toBe(true)
  })
})
