import { Link } from 'react-router'
import { useCatalog } from '../../queries/use-catalog'
import { ChangeFeedList } from './change-feed-list'
import { useChangeFeed } from './use-change-feed'
import './follow.css'

/**
 * The visitor's change feed, for the Following page (everything) and the home page (`limit` newest).
 * `onlyWithChanges` leaves it out while there is no change to show (nothing followed, nothing changed, still reading).
 */
export function ChangeFeedSection({ limit, headingLevel = 2, onlyWithChanges = false }: { limit?: number; headingLevel?: 2 | 3; onlyWithChanges?: boolean }) {
  const catalog = useCatalog()
  const feed = useChangeFeed()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const shown = limit ? feed.items.slice(0, limit) : feed.items
  const nothingFollowed = feed.follows.isSuccess && feed.follows.data.length === 0
  if (onlyWithChanges && shown.length === 0 && !feed.follows.isError) return null
  return (
    <section className="card stack feed-section" aria-labelledby="feed-title">
      <div className="row section-head" style={{ justifyContent: 'space-between' }}>
        <Heading id="feed-title" className="section-title" style={{ margin: 0 }}>
          Changes to what you follow{feed.unreadCount > 0 && ` (${feed.unreadCount} new)`}
        </Heading>
        <span className="row">
          {feed.unreadCount > 0 && (
            <button type="button" className="button button-small" onClick={feed.markAllRead}>
              Mark all as read
            </button>
          )}
          {limit && <Link to="/following">Everything you follow</Link>}
        </span>
      </div>
      {feed.follows.isError && (
        <p className="notice notice-error" role="alert">
          What you follow could not be read: {feed.follows.error.message}
        </p>
      )}
      {feed.historiesFailed > 0 && (
        <p className="notice notice-warning">
          The history of {feed.historiesFailed} followed product{feed.historiesFailed === 1 ? '' : 's'} could not be read; their changes may be missing.
        </p>
      )}
      {feed.capped && <p className="muted">Only the first 60 followed products are watched.</p>}
      {nothingFollowed ? (
        <p className="muted">You follow nothing yet. Follow a product or a domain from its page to be told when it changes.</p>
      ) : feed.loading && shown.length === 0 ? (
        <p className="muted" role="status">
          Reading changes…
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">Nothing has changed since you started following.</p>
      ) : (
        <ChangeFeedList items={shown} unread={feed.unread} catalog={catalog} label="Changes, newest first" />
      )}
    </section>
  )
}

/** On the home page: the five newest changes to what the visitor follows, when there are any. */
export function HomeChangeFeed() {
  return <ChangeFeedSection limit={5} onlyWithChanges />
}
