import type { CatalogBackend } from '../catalog-backend'
import { createHost } from '../git-host/create-host'
import { withProposals, type RepositorySettings } from '../git-host/proposing-backend'
import { applyContractChanges, CONTRACT_EDITABLE_FIELDS, contractFilesFor } from './contract-edit-plan'

/** A configured address as a path in the repository: `./contracts/orders.yaml` → `contracts/orders.yaml`; a full URL keeps its file name. */
export function repositoryPathOf(url: string): string {
  if (/^[a-z]+:/i.test(url)) {
    try {
      return new URL(url).pathname.split('/').pop() ?? url
    } catch {
      return url
    }
  }
  return url.replace(/^(\.\/)+/, '').replace(/^\/+/, '')
}

/** A contracts backend whose owners propose changes to the contract files, in the repository they come from. */
export function withContractProposals(backend: CatalogBackend, repository: RepositorySettings): CatalogBackend {
  return withProposals(
    backend,
    repository,
    {
      editableFields: CONTRACT_EDITABLE_FIELDS,
      filesFor: async (product, changes) => contractFilesFor(product, changes).map(repositoryPathOf),
      apply: async (product, changes, readText) => applyContractChanges(product, changes, (url) => readText(repositoryPathOf(url)), repositoryPathOf),
    },
    (token) => createHost(repository, token),
  )
}
