import { useMemo } from 'react'
import { COVERAGE_MEASURES, MEASURES, type CoverageMeasure } from '../../model/coverage'
import { lifecycleLabel } from '../../model/product-queries'
import type { DataProduct, Team } from '../../model/types'
import type { CoverageParams } from './use-coverage-params'

const LIFECYCLE_CHOICES = ['draft', 'active', 'deprecated'] as const

/** The measure selector and the filters; every choice is kept in the URL. */
export function CoverageFilters({
  params,
  set,
  teams,
  products,
  showMeasure,
}: {
  params: CoverageParams
  set: (key: 'measure' | 'lifecycle' | 'team' | 'tag', value: string) => void
  teams: readonly Team[]
  products: readonly DataProduct[]
  showMeasure: boolean
}) {
  const sortedTeams = useMemo(() => [...teams].sort((a, b) => a.name.localeCompare(b.name)), [teams])
  const tags = useMemo(() => [...new Set(products.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b)), [products])
  const { filters } = params
  const team = filters.teamIds[0] ?? ''
  const tag = filters.tags[0] ?? ''
  return (
    <>
      {showMeasure && (
        <label>
          Colour by
          <select name="measure" value={params.measure} onChange={(e) => set('measure', e.target.value as CoverageMeasure)}>
            {COVERAGE_MEASURES.map((m) => (
              <option key={m} value={m}>
                {MEASURES[m].label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Lifecycle
        <select value={filters.lifecycles[0] ?? ''} onChange={(e) => set('lifecycle', e.target.value)}>
          <option value="">Any (not retired)</option>
          {LIFECYCLE_CHOICES.map((l) => (
            <option key={l} value={l}>
              {lifecycleLabel(l)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner team
        <select value={team} onChange={(e) => set('team', e.target.value)}>
          <option value="">Any team</option>
          {team && !teams.some((t) => t.id === team) && <option value={team}>{team} (unknown)</option>}
          {sortedTeams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">Any tag</option>
          {tag && !tags.includes(tag) && <option value={tag}>{tag} (unused)</option>}
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
