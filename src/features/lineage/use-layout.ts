import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { Catalog } from '../../model/types'
import { toLayoutGraph } from './model/node-size'
import type { LineageView } from './model/lineage-view'
import type { EngineChoice } from './model/view-state'
import { requestLayout } from './layout-client'

const versions = new WeakMap<Catalog, number>()
let lastVersion = 0
const catalogVersion = (catalog: Catalog) => versions.get(catalog) ?? (versions.set(catalog, ++lastVersion), lastVersion)

/**
 * The layout of a lineage view, computed in the worker and cached per graph by TanStack Query.
 * `layoutKey` names everything that changes positions (not selection or highlighting); the
 * previous layout stays on screen while the next one is computed.
 */
export function useLayout(catalog: Catalog, view: LineageView, layoutKey: string, grouped: boolean, engine: EngineChoice) {
  return useQuery({
    queryKey: ['lineage-layout', catalogVersion(catalog), layoutKey],
    queryFn: () => {
      const heights: Record<string, number> = {}
      for (const [urn, height] of view.heights) heights[urn] = height
      const started = performance.now()
      return requestLayout({ steps: view.steps.map((s) => toLayoutGraph(s, grouped)), heights, engine }).then((result) => {
        performance.measure('lineage.layout', { start: started, end: performance.now() })
        return result
      })
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  })
}
