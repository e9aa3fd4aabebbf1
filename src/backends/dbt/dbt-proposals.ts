import type { CatalogBackend } from '../catalog-backend'
import { createHttpFetchText, resolveUrl } from '../file-sources/fetch-file'
import { createHost } from '../git-host/create-host'
import { withProposals, type RepositorySettings } from '../git-host/proposing-backend'
import { UnavailableError } from '../errors'
import type { Urn } from '../../model/types'
import type { ProductRule } from './assign-products'
import { applyDbtChanges, DBT_EDITABLE_FIELDS, dbtFilesFor, dbtOrigins, type DbtDocOrigin } from './dbt-edit-plan'
import type { DbtProjectFiles } from './load-dbt'
import { readManifest } from './read-artifacts'

export interface DbtProposalConfig {
  projects: DbtProjectFiles[]
  productRule?: ProductRule
  timeoutMs?: number
  repository: RepositorySettings
}

const manifestOf = (project: DbtProjectFiles) => project.manifestUrl ?? `${(project.target ?? '').replace(/\/*$/, '/')}manifest.json`

/**
 * A dbt backend whose owners propose description changes to the project's properties YAML.
 * The manifest is read again (on this thread, at the first save) for each node's patch_path.
 */
export function withDbtProposals(backend: CatalogBackend, config: DbtProposalConfig): CatalogBackend {
  let origins: Promise<Map<Urn, DbtDocOrigin>> | undefined
  const load = () =>
    (origins ??= (async () => {
      const fetchText = createHttpFetchText(config.timeoutMs)
      const base = typeof document === 'undefined' ? undefined : document.baseURI
      const all = new Map<Urn, DbtDocOrigin>()
      for (const project of config.projects) {
        const file = await fetchText(resolveUrl(manifestOf(project), base))
        if (!file.ok) throw new UnavailableError(`The dbt manifest could not be read again to find the properties files: ${file.message}`)
        const manifest = readManifest(JSON.parse(file.text)).value
        if (manifest) for (const [urn, origin] of dbtOrigins(manifest, config.productRule ?? 'auto')) if (!all.has(urn)) all.set(urn, origin)
      }
      return all
    })().catch((error: unknown) => {
      origins = undefined
      throw error
    }))
  const originOf = async (urn: Urn) => {
    const origin = (await load()).get(urn)
    if (!origin) throw new UnavailableError('The manifest no longer has this product: rebuild the dbt artifacts and reload.')
    return origin
  }
  return withProposals(
    backend,
    config.repository,
    {
      editableFields: DBT_EDITABLE_FIELDS,
      filesFor: async (product, changes) => dbtFilesFor(await originOf(product.urn), product, changes),
      apply: async (product, changes, readText) => applyDbtChanges(await originOf(product.urn), product, changes, readText),
    },
    (token) => createHost(config.repository, token),
  )
}
