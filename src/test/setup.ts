import '@testing-library/jest-dom/vitest'
import { configure } from '@testing-library/dom'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server, testStore } from '../mocks/node'

// A loaded two-core machine renders a page in seconds, not milliseconds; speed is the benchmark's job.
configure({ asyncUtilTimeout: 5_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(async () => {
  server.resetHandlers()
  await testStore.reset()
})
afterAll(() => server.close())
