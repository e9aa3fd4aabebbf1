import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import type { CatalogBackend } from '../backends/catalog-backend'
import { BackendProvider } from '../queries/backend-context'
import { createQueryClient } from '../queries/query-client'
import { createAppRouter } from './router'
import { SlotsProvider } from '../ui/slots'
import { featureSlots } from './feature-slots'

export function App({ backend }: { backend: CatalogBackend }) {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createAppRouter({ queryClient, backend }))
  return (
    <QueryClientProvider client={queryClient}>
      <BackendProvider backend={backend}>
        <SlotsProvider slots={featureSlots}>
          <RouterProvider router={router} />
        </SlotsProvider>
      </BackendProvider>
    </QueryClientProvider>
  )
}
