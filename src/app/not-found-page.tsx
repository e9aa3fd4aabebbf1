import { Link } from 'react-router'
import { useDocumentTitle } from '../ui/use-document-title'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <section className="state state-empty">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/search">Search the catalogue</Link> or <Link to="/domains">browse domains</Link>.
      </p>
    </section>
  )
}
