import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, type GraphQLSchema } from 'graphql'

/** DataHub's server schema from ../shared/fixtures, for tests; `undefined` when the fixtures are absent. */
export const DATAHUB_SDL_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'datahub', 'datahub-graphql-core', 'src', 'main', 'resources')

export function loadDataHubSchema(dir = DATAHUB_SDL_DIR): GraphQLSchema | undefined {
  if (!existsSync(dir)) return undefined
  const sdl = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n')
  return buildSchema(sdl)
}
