import type { Lifecycle, ProductKind, SloStatus } from '../model/types'

const KIND_LABEL: Record<ProductKind, string> = {
  'source-aligned': 'Source-aligned',
  aggregate: 'Aggregate',
  'consumer-aligned': 'Consumer-aligned',
}

export function KindBadge({ kind }: { kind: ProductKind }) {
  return <span className={`badge badge-kind-${kind}`}>{KIND_LABEL[kind]}</span>
}

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  if (lifecycle === 'active') return null
  return <span className={`badge badge-lifecycle-${lifecycle}`}>{lifecycle[0]?.toUpperCase() + lifecycle.slice(1)}</span>
}

const SLO_LABEL: Record<SloStatus | 'none', string> = {
  met: 'SLOs met',
  breached: 'SLO breached',
  unknown: 'SLO status unknown',
  none: 'No SLOs',
}

export function SloBadge({ status }: { status: SloStatus | 'none' }) {
  return <span className={`badge badge-slo-${status}`}>{SLO_LABEL[status]}</span>
}

export function ContractBadge({ hasContract }: { hasContract: boolean }) {
  return <span className={`badge ${hasContract ? 'badge-ok' : 'badge-muted'}`}>{hasContract ? 'Contract' : 'No contract'}</span>
}

export function Tag({ children }: { children: string }) {
  return <span className="tag">{children}</span>
}
