import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router'
import type { CatalogBackend } from '../backends/catalog-backend'
import { catalogQuery, productQuery } from '../queries/catalog-queries'
import { AppLayout } from './layout/app-layout'
import { RouteSkeleton } from './layout/route-skeleton'
import { NotFoundPage } from './not-found-page'
import { RouteBoundary } from './route-boundary'
import { RouteError } from './route-error'

interface RouterDeps {
  queryClient: QueryClient
  backend: CatalogBackend
}

/** Routes load their code lazily; loaders start fetching in parallel and never block on failure. */
export function createRoutes({ queryClient, backend }: RouterDeps): RouteObject[] {
  const warmCatalog = () => {
    void queryClient.prefetchQuery(catalogQuery(backend))
    return null
  }
  // A page whose code loads on first visit while the catalogue is already being fetched.
  const catalogPage = (path: string, load: () => Promise<ComponentType>): RouteObject => ({
    path,
    loader: warmCatalog,
    // Typing in the search box changes the query string on every key; the catalogue is already warm.
    shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
    lazy: async () => ({ Component: await load() }),
  })
  return [
    {
      path: '/',
      element: <AppLayout />,
      // While a first visit's page code is still on its way: the shell, with the page's outline.
      hydrateFallbackElement: <AppLayout fallback={<RouteSkeleton />} />,
      errorElement: <RouteError />,
      children: [
        {
          // Data errors are caught by RouteBoundary inside; a route whose code fails to load
          // (say, a chunk gone after a deploy) lands in errorElement. Both keep the header.
          element: (
            <RouteBoundary>
              <Outlet />
            </RouteBoundary>
          ),
          errorElement: <RouteError />,
          children: [
            { index: true, loader: warmCatalog, lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }) },
            catalogPage('search', () => import('../features/search/search-page').then((m) => m.SearchPage)),
            {
              ...catalogPage('products/:urn', () => import('../features/product/product-page').then((m) => m.ProductPage)),
              loader: ({ params }) => {
                void queryClient.prefetchQuery(productQuery(backend, params.urn ?? ''))
                return warmCatalog()
              },
            },
            catalogPage('domains', () => import('../features/domains/domains-page').then((m) => m.DomainsPage)),
            catalogPage('domains/:id', () => import('../features/domains/domain-page').then((m) => m.DomainPage)),
            catalogPage('coverage', () => import('../features/coverage/coverage-page').then((m) => m.CoveragePage)),
            catalogPage('lineage', () => import('../features/lineage/lineage-page').then((m) => m.LineagePage)),
            catalogPage('teams', () => import('../features/teams/teams-page').then((m) => m.TeamsPage)),
            catalogPage('teams/:id', () => import('../features/teams/team-page').then((m) => m.TeamPage)),
            catalogPage('people/:id', () => import('../features/teams/person-page').then((m) => m.PersonPage)),
            catalogPage('glossary', () => import('../features/glossary/glossary-page').then((m) => m.GlossaryPage)),
            catalogPage('glossary/:term', () => import('../features/glossary/glossary-term-page').then((m) => m.GlossaryTermPage)),
            catalogPage('following', () => import('../features/follow/following-page').then((m) => m.FollowingPage)),
            catalogPage('requests', () => import('../features/access/requests-page').then((m) => m.RequestsPage)),
            { path: 'sources', lazy: async () => ({ Component: (await import('../features/sources/sources-page')).SourcesPage }) },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]
}

export const createAppRouter = (deps: RouterDeps) =>
  createBrowserRouter(createRoutes(deps), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })
