import { Link } from 'react-router'
import type { FeedItem } from '../../model/change-feed'
import type { CatalogIndex } from '../../model/catalog-index'

const when = (iso: string) => {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}

const itemPath = (item: FeedItem) => `/products/${encodeURIComponent(item.productUrn)}${item.tab === 'overview' ? '' : `?tab=${item.tab}`}`

/** Changes newest first, each linking to where it shows, unread ones marked. */
export function ChangeFeedList({ items, unread, catalog, label }: { items: FeedItem[]; unread: (item: FeedItem) => boolean; catalog: CatalogIndex; label: string }) {
  return (
    <ol className="plain-list feed-list" aria-label={label}>
      {items.map((item) => {
        const isNew = unread(item)
        const product = catalog.product(item.productUrn)
        const by = item.by ? (catalog.person(item.by)?.name ?? item.by) : undefined
        return (
          <li key={item.id} className={isNew ? 'feed-item feed-unread' : 'feed-item'}>
            {isNew && <span className="badge badge-ok feed-new">New</span>}
            <Link to={itemPath(item)} className="feed-summary">
              {item.summary}
            </Link>
            <span className="muted feed-meta">
              {product?.title ?? item.productUrn} · <time dateTime={item.at}>{when(item.at)}</time>
              {by && ` · ${by}`}
              {item.source === 'snapshot' && ' · noticed on this device'}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
