// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useMediaQuery } from './use-media-query'

function fakeMatchMedia(initial: boolean) {
  let matches = initial
  const listeners = new Set<() => void>()
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return matches
    },
    media: query,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  }))
  return (next: boolean) => {
    matches = next
    listeners.forEach((fn) => fn())
  }
}

describe('useMediaQuery', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('follows the media query as the screen changes', () => {
    const setMatches = fakeMatchMedia(true)
    const { result } = renderHook(() => useMediaQuery('(max-width: 760px)'))
    expect(result.current).toBe(true)
    act(() => setMatches(false))
    expect(result.current).toBe(false)
  })

  it('is false where the browser has no matchMedia', () => {
    vi.stubGlobal('matchMedia', undefined)
    const { result } = renderHook(() => useMediaQuery('(max-width: 760px)'))
    expect(result.current).toBe(false)
  })
})
