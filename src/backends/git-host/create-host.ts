import type { GitHost } from './git-host'
import type { RepositorySettings } from './proposing-backend'

/** The host client for a repository setting; its code loads only when a repository is configured. */
export async function createHost(settings: RepositorySettings, token: () => string | undefined): Promise<GitHost> {
  if (settings.host === 'gitlab') {
    const { createGitLabHost } = await import('./gitlab-host')
    return createGitLabHost({ baseUrl: settings.baseUrl ?? 'https://gitlab.com/api/v4', project: settings.repository, token })
  }
  const [owner, ...rest] = settings.repository.split('/')
  const { createGitHubHost } = await import('./github-host')
  return createGitHubHost({ baseUrl: settings.baseUrl ?? 'https://api.github.com', owner: owner ?? '', repo: rest.join('/'), token })
}
