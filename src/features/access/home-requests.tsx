import { Link } from 'react-router'
import { RequestList } from './request-item'
import { useAccessRequests } from './use-access-requests'
import './access.css'

const LIMIT = 5

/**
 * For the home page: requests waiting for the visitor's decision, then the visitor's own
 * (with their status), each list cut to a few with a link to all. Nothing when there is neither.
 */
export function HomeAccessRequests() {
  const { supported, personId, catalog, query, toDecide, mine } = useAccessRequests()
  if (!supported || !personId || query.isPending) return null
  if (query.isError) {
    return (
      <section className="card stack" aria-labelledby="home-requests">
        <h2 id="home-requests" className="section-title">
          Access requests
        </h2>
        <p className="notice notice-error" role="alert">
          Access requests could not be read: {query.error.message}
        </p>
      </section>
    )
  }
  if (toDecide.length === 0 && mine.length === 0) return null
  return (
    <section className="card stack home-requests" aria-labelledby="home-requests">
      <div className="row section-head">
        <h2 id="home-requests" className="section-title" style={{ margin: 0 }}>
          Access requests
        </h2>
        <Link to="/requests">All requests</Link>
      </div>
      {toDecide.length > 0 && (
        <>
          <h3 className="subsection-title">Waiting for your decision ({toDecide.length})</h3>
          <RequestList requests={toDecide.slice(0, LIMIT)} catalog={catalog} decide label="Requests waiting for your decision" />
        </>
      )}
      {mine.length > 0 && (
        <>
          <h3 className="subsection-title">Your requests ({mine.length})</h3>
          <RequestList requests={mine.slice(0, LIMIT)} catalog={catalog} showRequester={false} label="Your requests" />
        </>
      )}
    </section>
  )
}
