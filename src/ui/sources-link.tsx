import { Link, useInRouterContext } from 'react-router'

/** "What went wrong with each file: Sources", as a router link inside the app and a plain one outside it. */
export function SourcesLink({ children = 'See the Sources page for each file and what went wrong with it' }: { children?: string }) {
  const inRouter = useInRouterContext()
  return (
    <p>
      {inRouter ? <Link to="/sources">{children}</Link> : <a href={`${import.meta.env.BASE_URL}sources`}>{children}</a>}
    </p>
  )
}
