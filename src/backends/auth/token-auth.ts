import type { TokenAuth } from '../catalog-backend'

/** Where each product hands out tokens, in its own words. */
export const TOKEN_HELP = {
  datahub: 'In DataHub, open Settings → Access Tokens and choose “Generate new token”.',
  openmetadata: 'In OpenMetadata, open your profile → Access Token and generate one, or use a bot’s token (Settings → Bots).',
  backstage: 'Backstage takes a static external-access token that its administrators set in app-config (backend.auth.externalAccess); ask them for one.',
} as const

/** A backend's sign-in by token; none when a token is configured, since the configured one is always sent. */
export function tokenAuth(config: { id: string; label: string; token?: string }, product: keyof typeof TOKEN_HELP): readonly TokenAuth[] | undefined {
  if (config.token) return undefined
  return [{ backendId: config.id, kind: 'bearer', label: config.label, help: TOKEN_HELP[product] }]
}
