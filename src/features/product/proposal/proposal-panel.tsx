import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { ProductProposal } from '../../../backends/catalog-backend'
import type { DataProduct } from '../../../model/types'
import { useBackend } from '../../../queries/backend-context'
import { identityQuery } from '../../../queries/catalog-queries'
import { proposalQuery, useRefreshProposal, useWithdrawProposal } from '../../../queries/proposal-queries'
import { ErrorState } from '../../../ui/states'
import { useEditSession } from '../editing/edit-session-context'
import { PatchDownload } from './patch-download'
import { ProposedChanges } from './proposed-changes'
import './proposal.css'

const STATE_TEXT: Record<ProductProposal['state'], string> = { open: 'open', closed: 'closed', merged: 'merged' }

/**
 * Where an owner's saved changes stand when saves become pull requests: the proposal with its
 * link and state, the proposed values beside the published ones, and withdrawing it.
 */
export function ProposalPanel({ product }: { product: DataProduct }) {
  const backend = useBackend()
  const session = useEditSession()
  const proposal = useQuery(proposalQuery(backend, product.urn))
  const { data: identity } = useQuery(identityQuery(backend))
  const withdraw = useWithdrawProposal(product.urn)
  const refresh = useRefreshProposal(product.urn)
  const savedCount = [...session.statuses.values()].filter((s) => s.state === 'saved').length
  const seen = useRef(savedCount)
  useEffect(() => {
    if (savedCount > seen.current) void refresh()
    seen.current = savedCount
  }, [savedCount, refresh])

  if (!backend.getProposal) return null
  const found = proposal.data
  const noun = (backend.capabilitiesFor?.(product.urn) ?? backend.capabilities).proposals ?? 'pull request'
  const signedOut = !found && identity && identity.personId === null
  return (
    <section className="card proposal-panel" aria-labelledby="proposal-title">
      <h2 id="proposal-title" className="section-title">
        {found ? (
          <>
            Proposed in{' '}
            <a href={found.url} target="_blank" rel="noreferrer">
              {found.reference}
            </a>{' '}
            · <span className={`proposal-state is-${found.state}`}>{STATE_TEXT[found.state]}</span>
          </>
        ) : (
          `Changes are proposed as ${noun}s`
        )}
      </h2>
      {proposal.isError && <ErrorState error={proposal.error} title="The proposal could not be read" onRetry={() => void proposal.refetch()} />}
      {!found && !proposal.isError && (
        <p className="muted">
          {signedOut
            ? `${identity.description} Saves by an owner become a ${noun} there; the catalogue keeps the published files until it is merged.`
            : `An owner’s save opens a ${noun} with the changed files; the catalogue shows the published files until it is merged.`}
        </p>
      )}
      {found && (
        <>
          <p className="muted proposal-lead">
            {found.state === 'open'
              ? `In ${found.repository}. The page shows what is published until the ${noun} is merged and the files are read again; each save adds a commit to it.`
              : found.state === 'merged'
                ? `Merged into ${found.repository}. The catalogue shows it once the files are rebuilt and read again.`
                : `Closed without merging in ${found.repository}. A new save opens a new proposal.`}
          </p>
          {found.changes.length > 0 && <ProposedChanges changes={found.changes} />}
          <div className="proposal-actions">
            <a className="button" href={found.url} target="_blank" rel="noreferrer">
              Open {found.reference}
            </a>
            {found.state === 'open' && session.canEdit && (
              <button type="button" className="button button-ghost" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
                {withdraw.isPending ? 'Withdrawing…' : 'Withdraw proposal'}
              </button>
            )}
          </div>
          {withdraw.isError && <ErrorState error={withdraw.error} title="The proposal could not be withdrawn" />}
        </>
      )}
      <PatchDownload product={product} />
    </section>
  )
}
