import { useLocation } from 'react-router'

type Shape = 'list' | 'product' | 'page'

const shapeOf = (pathname: string): Shape =>
  pathname === '/search' || pathname === '/' ? 'list' : pathname.startsWith('/products/') ? 'product' : 'page'

/**
 * The grey outline of the page on its way, so a first visit never shows an empty body. Its styles
 * are in index.html: the same outline is painted from the HTML before any script or stylesheet.
 */
export function RouteSkeleton() {
  const { pathname } = useLocation()
  const shape = shapeOf(pathname)
  return (
    <div className="boot-page state-loading" data-shape={shape} role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="boot-bar boot-title" />
      <div className="boot-bar boot-line" />
      {shape === 'product' && <div className="boot-card boot-card-tall" />}
      {shape === 'product' && <div className="boot-bar boot-tabs" />}
      <div className="boot-card" />
      <div className="boot-card" />
      <div className="boot-card" />
    </div>
  )
}
