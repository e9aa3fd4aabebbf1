import type { ProductUsage } from '../../model/types'
import { usageTrend } from '../../model/usage'

const TREND_WORD = { rising: 'up', falling: 'down', steady: 'steady' } as const
const TREND_MARK = { rising: '↗', falling: '↘', steady: '→' } as const

const count = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`
const percent = (change: number) => (Number.isFinite(change) ? `${Math.round(Math.abs(change) * 100)} %` : 'from none')

/** Queries and users over the last 30 days, the trend on the 30 before and, where known, a line of daily queries. */
export function UsageFact({ usage }: { usage: ProductUsage }) {
  const trend = usageTrend(usage)
  return (
    <>
      <dt>Usage</dt>
      <dd className="usage-fact">
        <span>
          {count(usage.queries, 'query', 'queries')}
          {usage.users !== undefined && <> by {count(usage.users, 'user', 'users')}</>} in the last 30 days
        </span>
        {trend && (
          <span className={`usage-trend usage-${trend.trend}`}>
            <span aria-hidden="true">{TREND_MARK[trend.trend]}</span> {trend.trend === 'steady' ? 'steady' : `${TREND_WORD[trend.trend]} ${percent(trend.change)}`} on the 30 days before
          </span>
        )}
        {usage.daily && usage.daily.length > 1 && <Sparkline values={usage.daily} />}
      </dd>
    </>
  )
}

const WIDTH = 120
const HEIGHT = 24

function Sparkline({ values }: { values: number[] }) {
  const most = Math.max(1, ...values)
  const step = WIDTH / (values.length - 1)
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (v / most) * (HEIGHT - 4)).toFixed(1)}`).join(' ')
  return (
    <svg className="usage-sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={`Queries per day over the last ${values.length} days, from ${values[0]} to ${values[values.length - 1]}, at most ${most}`}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  )
}
