import type { BackendConfig } from './backend-config'
import type { CatalogBackend } from './catalog-backend'
import { createBackstageBackend } from './backstage/create-backstage-backend'
import { createContractsBackend } from './contracts/create-contracts-backend'
import { createDataHubBackend } from './datahub/create-datahub-backend'
import { createDbtBackend } from './dbt/create-dbt-backend'
import { createDemoBackend } from './demo/create-demo-backend'
import { createOpenMetadataBackend } from './openmetadata/create-openmetadata-backend'
import { createRestBackend } from './rest/create-rest-backend'

/** Builds the backend a configuration entry describes. */
export function createBackend(config: BackendConfig): CatalogBackend {
  switch (config.type) {
    case 'demo':
      return createDemoBackend({ id: config.id ?? 'demo', label: config.label ?? 'Demo mesh' })
    case 'rest':
      return createRestBackend({
        id: config.id ?? 'rest',
        label: config.label ?? 'Catalogue',
        baseUrl: config.baseUrl,
        timeoutMs: config.timeoutMs,
        headers: config.token ? () => ({ Authorization: `Bearer ${config.token}` }) : undefined,
      })
    case 'dbt':
      return createDbtBackend({
        id: config.id ?? 'dbt',
        label: config.label ?? 'dbt project',
        projects: config.projects,
        productRule: config.productRule,
        timeoutMs: config.timeoutMs,
      })
    case 'contracts':
      return createContractsBackend({
        id: config.id ?? 'contracts',
        label: config.label ?? 'Data contracts',
        urls: config.urls,
        index: config.index,
        timeoutMs: config.timeoutMs,
      })
    case 'datahub':
      return createDataHubBackend({
        id: config.id ?? 'datahub',
        label: config.label ?? 'DataHub',
        baseUrl: config.baseUrl,
        token: config.token,
        timeoutMs: config.timeoutMs,
        maxProducts: config.maxProducts,
      })
    case 'openmetadata':
      return createOpenMetadataBackend({
        id: config.id ?? 'openmetadata',
        label: config.label ?? 'OpenMetadata',
        baseUrl: config.baseUrl,
        token: config.token,
        timeoutMs: config.timeoutMs,
        productSource: config.productSource,
        maxProducts: config.maxProducts,
      })
    case 'backstage':
      return createBackstageBackend({
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
