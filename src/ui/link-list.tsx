import { Fragment } from 'react'
import { Link } from 'react-router'

/** An inline, comma-separated list of links: "Playback, Finance". */
export function LinkList({ items }: { items: { key: string; to: string; label: string }[] }) {
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={item.key}>
          {i > 0 && ', '}
          <Link to={item.to}>{item.label}</Link>
        </Fragment>
      ))}
    </>
  )
}
