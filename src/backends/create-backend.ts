import type { BackendConfig } from './backend-config'
import type { CatalogBackend } from './catalog-backend'
import { resolveAppAddress } from './file-sources/app-base'

const DEFAULT_LABELS: Record<BackendConfig['type'], string> = {
  demo: 'Demo mesh',
  rest: 'Catalogue',
  dbt: 'dbt project',
  contracts: 'Data contracts',
  datahub: 'DataHub',
  openmetadata: 'OpenMetadata',
  backstage: 'Backstage',
}

/** A server given as a relative address (`api/`) is found from where Tessera is served, not from the page shown. */
const withAbsoluteServer = <T extends BackendConfig>(config: T): T => ('baseUrl' in config ? { ...config, baseUrl: resolveAppAddress(config.baseUrl) } : config)

/** A configured access-request address replaces whatever the backend offers for asking access. */
function withAccessLink(backend: CatalogBackend, link: BackendConfig['accessRequest']): CatalogBackend {
  if (!link) return backend
  const accessRequests = { kind: 'link' as const, url: link.url.trim(), ...(link.label ? { label: link.label } : {}) }
  return { ...backend, capabilities: { ...backend.capabilities, accessRequests } }
}

/** Builds the backend a configuration entry describes; each adapter's code loads only when it is configured. */
export async function createBackend(entry: BackendConfig): Promise<CatalogBackend> {
  return withAccessLink(await createAdapter(entry), entry.accessRequest)
}

async function createAdapter(entry: BackendConfig): Promise<CatalogBackend> {
  // The id defaults to the type, as the configuration check that keeps ids distinct assumes.
  const config = withAbsoluteServer({ ...entry, id: entry.id ?? entry.type, label: entry.label ?? DEFAULT_LABELS[entry.type] })
  switch (config.type) {
    case 'demo':
      return (await import('./demo/create-demo-backend')).createDemoBackend(config)
    case 'rest': {
      const { token } = config
      return (await import('./rest/create-rest-backend')).createRestBackend({
        ...config,
        headers: token ? () => ({ Authorization: `Bearer ${token}` }) : undefined,
      })
    }
    case 'dbt': {
      const backend = (await import('./dbt/create-dbt-backend')).createDbtBackend(config)
      const { repository } = config
      return repository ? (await import('./dbt/dbt-proposals')).withDbtProposals(backend, { ...config, repository }) : backend
    }
    case 'contracts': {
      const backend = (await import('./contracts/create-contracts-backend')).createContractsBackend(config)
      return config.repository ? (await import('./contracts/contract-proposals')).withContractProposals(backend, config.repository) : backend
    }
    case 'datahub':
      return (await import('./datahub/create-datahub-backend')).createDataHubBackend(config)
    case 'openmetadata':
      return (await import('./openmetadata/create-openmetadata-backend')).createOpenMetadataBackend(config)
    case 'backstage':
      return (await import('./backstage/create-backstage-backend')).createBackstageBackend(config)
  }
}
