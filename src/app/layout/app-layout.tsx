import type { ReactNode } from 'react'
import { NavLink, Outlet, ScrollRestoration, type Location } from 'react-router'
import { useFocusOnNavigation } from './use-focus-on-navigation'
import { HeaderSearch } from './header-search'
import { IdentitySwitcher } from './identity-switcher'
import { ThemeToggle } from './theme-toggle'
import { HeaderMenu } from './header-menu'
import { useBackend } from '../../queries/backend-context'
import { QuickOpen } from '../../features/quick-open/quick-open'
import { AccessTokenMenu } from '../../features/access-token/access-token-menu'

const NAV = [
  { to: '/', label: 'Home' },
  { to: '/search', label: 'Search' },
  { to: '/domains', label: 'Domains' },
  { to: '/lineage', label: 'Lineage' },
  { to: '/coverage', label: 'Coverage' },
  { to: '/teams', label: 'Teams' },
]

// Every page opened from its address (typed, a link from elsewhere) has the key "default": keyed by
// that alone, each would open as far down as the last such page was read. Its address tells them apart.
const scrollKey = (location: Location) => (location.key === 'default' ? `${location.pathname}${location.search}` : location.key)

/** The shell around every page; `fallback` stands in for the page while its code loads. */
export function AppLayout({ fallback }: { fallback?: ReactNode }) {
  const backend = useBackend()
  const mainRef = useFocusOnNavigation<HTMLElement>()
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="Tessera home">
          <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true">
            <rect x="2" y="2" width="13" height="13" rx="2" fill="#6366f1" />
            <rect x="17" y="2" width="13" height="13" rx="2" fill="#0ea5e9" />
            <rect x="2" y="17" width="13" height="13" rx="2" fill="#10b981" />
            <rect x="17" y="17" width="13" height="13" rx="2" fill="#f59e0b" />
          </svg>
          <span>Tessera</span>
        </NavLink>
        <HeaderSearch />
        <HeaderMenu>
          <nav aria-label="Main" className="main-nav">
            {NAV.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.to === '/'}>
                {item.label}
              </NavLink>
            ))}
            {backend.getSources && <NavLink to="/sources">Sources</NavLink>}
            <NavLink to="/following">Following</NavLink>
            {backend.capabilities.accessRequests?.kind === 'api' && <NavLink to="/requests">Requests</NavLink>}
          </nav>
          <div className="header-tools">
            <span className="backend-label" title="Catalogue backend">
              {backend.label}
            </span>
            {backend.capabilities.switchIdentity && <IdentitySwitcher />}
            <AccessTokenMenu />
            <ThemeToggle />
          </div>
        </HeaderMenu>
      </header>
      <QuickOpen />
      {!fallback && <ScrollRestoration getKey={scrollKey} />}
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {fallback ?? <Outlet />}
      </main>
    </div>
  )
}
