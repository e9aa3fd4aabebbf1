import { EmptyState, ErrorState, LoadingState } from '../../ui/states'
import { useDocumentTitle } from '../../ui/use-document-title'
import { useBackend } from '../../queries/backend-context'
import { RequestList } from './request-item'
import { useAccessRequests } from './use-access-requests'
import './access.css'

/** Every access request the visitor asked or decides, with each one's history. */
export function RequestsPage() {
  useDocumentTitle('Access requests')
  const backend = useBackend()
  const { supported, identityPending, personId, catalog, query, toDecide, mine, decided } = useAccessRequests()

  const body = () => {
    if (!supported) {
      const link = backend.capabilities.accessRequests?.kind === 'link'
      return (
        <EmptyState title={link ? 'Access is requested outside Tessera' : 'This catalogue takes no access requests'}>
          <p>
            {link
              ? 'Each output port’s Access tab opens your organisation’s request form with the details filled in; its answers arrive there.'
              : 'Each output port’s Access tab says how to get access and who to ask.'}
          </p>
        </EmptyState>
      )
    }
    if (identityPending) return <LoadingState label="Finding out who you are…" />
    if (!personId) {
      return (
        <EmptyState title="Nobody is signed in">
          <p>{backend.capabilities.switchIdentity ? 'Choose who you act as (top right) to see their requests.' : 'Sign in to see your access requests.'}</p>
        </EmptyState>
      )
    }
    if (query.isPending) return <LoadingState label="Loading access requests…" />
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    return (
      <>
        <section className="stack" aria-labelledby="to-decide">
          <h2 id="to-decide" className="section-title">
            Waiting for your decision ({toDecide.length})
          </h2>
          {toDecide.length ? <RequestList requests={toDecide} catalog={catalog} decide label="Requests waiting for your decision" /> : <p className="muted">Nothing waits for you.</p>}
        </section>
        <section className="stack" aria-labelledby="yours">
          <h2 id="yours" className="section-title">
            Your requests ({mine.length})
          </h2>
          {mine.length ? (
            <RequestList requests={mine} catalog={catalog} showRequester={false} label="Your requests" />
          ) : (
            <p className="muted">You have not asked for access yet. Ask from a product’s Access tab.</p>
          )}
        </section>
        {decided.length > 0 && (
          <section className="stack" aria-labelledby="decided">
            <h2 id="decided" className="section-title">
              Decided on your products ({decided.length})
            </h2>
            <RequestList requests={decided} catalog={catalog} label="Requests decided on your products" />
          </section>
        )}
      </>
    )
  }

  return (
    <div className="stack requests-page">
      <header className="page-header">
        <h1>Access requests</h1>
        <p className="muted">Ask a product’s owners for access from its Access tab; owners and stewards decide here, on the product and on the home page.</p>
      </header>
      {body()}
    </div>
  )
}
