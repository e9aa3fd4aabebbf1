import type { BackendConfig } from './backend-config'
import type { CatalogBackend } from './catalog-backend'

/** Builds the backend a configuration entry describes; each adapter's code loads only when it is configured. */
export async function createBackend(config: BackendConfig): Promise<CatalogBackend> {
  switch (config.type) {
    case 'demo':
      return (await import('./demo/create-demo-backend')).createDemoBackend({ id: config.id ?? 'demo', label: config.label ?? 'Demo mesh' })
    case 'rest':
      return (await import('./rest/create-rest-backend')).createRestBackend({
        id: config.id ?? 'rest',
        label: config.label ?? 'Catalogue',
        baseUrl: config.baseUrl,
        timeoutMs: config.timeoutMs,
        headers: config.token ? () => ({ Authorization: `Bearer ${config.token}` }) : undefined,
      })
    case 'dbt':
      return (await import('./dbt/create-dbt-backend')).createDbtBackend({
        id: config.id ?? 'dbt',
        label: config.label ?? 'dbt project',
        projects: config.projects,
        productRule: config.productRule,
        timeoutMs: config.timeoutMs,
      })
    case 'contracts':
      return (await import('./contracts/create-contracts-backend')).createContractsBackend({
        id: config.id ?? 'contracts',
        label: config.label ?? 'Data contracts',
        urls: config.urls,
        index: config.index,
        timeoutMs: config.timeoutMs,
      })
    case 'datahub':
      return (await import('./datahub/create-datahub-backend')).createDataHubBackend({
        id: config.id ?? 'datahub',
        label: config.label ?? 'DataHub',
        baseUrl: config.baseUrl,
        token: config.token,
        timeoutMs: config.timeoutMs,
        maxProducts: config.maxProducts,
      })
    case 'openmetadata':
      return (await import('./openmetadata/create-openmetadata-backend')).createOpenMetadataBackend({
        id: config.id ?? 'openmetadata',
        label: config.label ?? 'OpenMetadata',
        baseUrl: config.baseUrl,
        token: config.token,
        timeoutMs: config.timeoutMs,
        productSource: config.productSource,
        maxProducts: config.maxProducts,
      })
    case 'backstage':
      return (await import('./backstage/create-backstage-backend')).createBackstageBackend({
        id: config.id ?? 'backstage',
        label: config.label ?? 'Backstage',
        baseUrl: config.baseUrl,
        token: config.token,
        appUrl: config.appUrl,
        productRule: config.productRule,
        productTypes: config.productTypes,
        timeoutMs: config.timeoutMs,
      })
  }
}
