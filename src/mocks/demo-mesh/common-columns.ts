import type { Column } from '../../model/types'
import { col, key, pii, struct } from './build-columns'

export const accountId = (description = 'Lumen account: the paying household.') => col('account_id', 'string', description)
export const profileId = () => col('profile_id', 'string', 'Viewer profile within the account (up to five per account).')
export const titleId = () => col('title_id', 'string', 'Catalogue id of the film or series, e.g. `tt-0004521`.')
export const episodeId = () => col('episode_id', 'string', 'Episode id for series; empty for films.')
export const countryCode = () => col('country_code', 'string', 'ISO 3166-1 alpha-2 country of the viewer at the time.')
export const currency = () => col('currency', 'string', 'ISO 4217 currency code.')
export const eventId = () => key('event_id', 'string', 'Unique id of the event; use it to deduplicate at-least-once deliveries.')
export const eventTime = () => col('event_time', 'timestamp', 'When the event happened on the client, in UTC.')
export const ipAddress = () => pii('ip_address', 'string', 'Client IP address, as seen by the edge.', 'restricted')
export const email = (description = 'Primary e-mail address of the account holder.') => pii('email', 'string', description)
export const deviceId = () => pii('device_id', 'string', 'Stable identifier of the device installation.')

export function device(): Column {
  return struct(
    'device',
    [
      deviceId(),
      col('device_type', 'string', 'One of `tv`, `mobile`, `tablet`, `web`, `console`.'),
      col('os_name', 'string', 'Operating system reported by the app.'),
      col('app_version', 'string', 'Semantic version of the Lumen app.'),
    ],
    'The device that played the stream.',
  )
}

export function money(name: string, description: string): Column {
  return col(name, 'decimal(18,2)', description, { tags: ['finance'] })
}
