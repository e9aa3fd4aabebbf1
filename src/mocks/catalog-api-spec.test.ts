import { parse } from 'yaml'
import { createCatalogHandlers } from './catalog-handlers'
import { testStore } from './node'
import specText from '../../docs/api/catalog-api.openapi.yaml?raw'

const spec = parse(specText) as {
  paths: Record<string, Record<string, unknown>>
}

const toOpenApiPath = (mswPath: string) => mswPath.replace(/^\*\/demo-api/, '').replace(/:(\w+)/g, '{$1}')

describe('the OpenAPI document', () => {
  it('describes every route the demo server answers, with its method', () => {
    const routes = createCatalogHandlers(testStore).map((handler) => {
      const { method, path } = handler.info as { method: string; path: string }
      return `${method.toLowerCase()} ${toOpenApiPath(path)}`
    })
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'patch', 'post', 'put', 'delete'].includes(key))
        .map((method) => `${method} ${path}`),
    )
    expect(routes.sort()).toEqual(documented.sort())
  })
})
