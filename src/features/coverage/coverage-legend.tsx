import { MEASURES, measureLegend, type CoverageMeasure, type LegendEntry } from '../../model/coverage'

const PRESENCE_LEGEND: LegendEntry[] = [
  { bin: 4, label: 'Has products of the kind' },
  { bin: 'none', label: 'None: a gap' },
]

/** Every colour a view uses for the measure, and what it means. */
export function CoverageLegend({ measure, presenceOnly = false }: { measure: CoverageMeasure; presenceOnly?: boolean }) {
  const title = presenceOnly ? 'Products of the kind' : MEASURES[measure].question
  const entries = presenceOnly ? PRESENCE_LEGEND : measureLegend(measure)
  return (
    <ul className="coverage-legend" aria-label={`Legend: ${title}`}>
      <li className="muted">{title}:</li>
      {entries.map((entry) => (
        <li key={String(entry.bin)}>
          <span className={`legend-swatch cov-bin-${entry.bin}`} aria-hidden="true" />
          {entry.label}
        </li>
      ))}
    </ul>
  )
}
