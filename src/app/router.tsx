import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router'
import type { CatalogBackend } from '../backends/catalog-backend'
import { catalogQuery, productQuery } from '../queries/catalog-queries'
import { AppLayout } from './layout/app-layout'
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
  return [
    {
      path: '/',
      element: <AppLayout />,
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
        { index: true, element: <Navigate to="/search" replace /> },
        {
          path: 'search',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/search/search-page')).SearchPage }),
        },
        {
          path: 'products/:urn',
          loader: ({ params }) => {
            void queryClient.prefetchQuery(productQuery(backend, params.urn ?? ''))
            return warmCatalog()
          },
          lazy: async () => ({ Component: (await import('../features/product/product-page')).ProductPage }),
        },
        {
          path: 'domains',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/domains/domains-page')).DomainsPage }),
        },
        {
          path: 'domains/:id',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/domains/domain-page')).DomainPage }),
        },
        {
          path: 'coverage',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/coverage/coverage-page')).CoveragePage }),
        },
        {
          path: 'teams',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/teams/teams-page')).TeamsPage }),
        },
        {
          path: 'teams/:id',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/teams/team-page')).TeamPage }),
        },
        {
          path: 'people/:id',
          loader: warmCatalog,
          lazy: async () => ({ Component: (await import('../features/teams/person-page')).PersonPage }),
        },
        { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]
}

export const createAppRouter = (deps: RouterDeps) =>
  createBrowserRouter(createRoutes(deps), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' })
