import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { parseViewState, writeViewState, type LineageViewState } from './model/view-state'

export type UpdateView = (change: (state: LineageViewState) => Partial<LineageViewState>, options?: { replace?: boolean }) => void

/** The lineage view state, read from the URL; every change goes back into the URL. */
export function useViewState(): [LineageViewState, UpdateView] {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => parseViewState(params), [params])
  const update = useCallback<UpdateView>(
    (change, options) =>
      setParams(
        (previous) => {
          const current = parseViewState(previous)
          return writeViewState({ ...current, ...change(current) })
        },
        { replace: options?.replace ?? false },
      ),
    [setParams],
  )
  return [state, update]
}
