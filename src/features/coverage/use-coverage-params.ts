import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { isCoverageMeasure, type CoverageFilters, type CoverageMeasure } from '../../model/coverage'
import type { TopologyGrouping } from '../../model/domain-topology'
import { LIFECYCLES, type Lifecycle } from '../../model/types'

export const COVERAGE_VIEWS = ['map', 'matrix', 'topology'] as const
export type CoverageView = (typeof COVERAGE_VIEWS)[number]

export const DEFAULT_MEASURE: CoverageMeasure = 'kinds'

export interface CoverageParams {
  view: CoverageView
  measure: CoverageMeasure
  filters: CoverageFilters
  grouping: TopologyGrouping
}

const isLifecycle = (value: string): value is Lifecycle => (LIFECYCLES as readonly string[]).includes(value)

/** Reads the coverage page's state from the URL; unknown values fall back to defaults. */
export function parseCoverageParams(params: URLSearchParams): CoverageParams {
  const view = params.get('view')
  const measure = params.get('measure')
  return {
    view: (COVERAGE_VIEWS as readonly string[]).includes(view ?? '') ? (view as CoverageView) : 'map',
    measure: isCoverageMeasure(measure) ? measure : DEFAULT_MEASURE,
    filters: {
      lifecycles: params.getAll('lifecycle').filter(isLifecycle),
      teamIds: params.getAll('team').filter(Boolean),
      tags: params.getAll('tag').filter(Boolean),
    },
    grouping: params.get('group') === 'top-level' ? 'top-level' : 'all',
  }
}

type Key = 'view' | 'measure' | 'lifecycle' | 'team' | 'tag' | 'group'

/** The coverage page's URL state, and a setter that replaces one key (empty value removes it). */
export function useCoverageParams(): [CoverageParams, (key: Key, value: string) => void] {
  const [params, setParams] = useSearchParams()
  const parsed = useMemo(() => parseCoverageParams(params), [params])
  const set = useCallback(
    (key: Key, value: string) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          next.delete(key)
          if (value) next.set(key, value)
          return next
        },
        { replace: key !== 'view' },
      )
    },
    [setParams],
  )
  return [parsed, set]
}

