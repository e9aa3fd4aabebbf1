import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useSyncExternalStore } from 'react'
import { accessTokens } from '../../backends/auth/access-tokens'
import { subscribeToTokenState, tokenState, type TokenState } from './refused-tokens'

/** Whether the user entered a token for the backend, and whether it was refused (the token itself stays out of React state). */
export function useTokenState(backendId: string): TokenState {
  return useSyncExternalStore(subscribeToTokenState, () => tokenState(backendId))
}

/** The state of several backends' tokens as one: refused if any is, kept if all are. */
export function useTokensState(backendIds: readonly string[]): TokenState {
  return useSyncExternalStore(subscribeToTokenState, () => {
    const states = backendIds.map(tokenState)
    return states.includes('refused') ? 'refused' : states.every((s) => s === 'kept') ? 'kept' : 'none'
  })
}

/** Drops every cached answer when a token is entered or forgotten, so each view asks again with the new credentials. */
export function useResetQueriesOnTokenChange(): void {
  const queryClient = useQueryClient()
  useEffect(() => accessTokens.subscribe(() => void queryClient.resetQueries()), [queryClient])
}

/** Calls `onChange` whenever a token is entered or forgotten, even the same one again. */
export function useOnTokenChange(onChange: (() => void) | undefined): void {
  const latest = useRef(onChange)
  useEffect(() => {
    latest.current = onChange
  })
  useEffect(() => accessTokens.subscribe(() => latest.current?.()), [])
}
