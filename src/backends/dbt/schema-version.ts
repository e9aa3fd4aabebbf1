/** Manifest schema versions this version of Tessera was written and tested against (dbt 1.0 to 1.10+). */
export const OLDEST_KNOWN_MANIFEST = 4
export const NEWEST_KNOWN_MANIFEST = 12

export interface ManifestVersion {
  /** The number in `…/manifest/v12.json`, or undefined when the address has another shape. */
  version: number | undefined
  /** Why the manifest is read best-effort, when it is. */
  notice?: string
}

/** Reads the schema version from `metadata.dbt_schema_version` and says when it is outside the known range. */
export function detectManifestVersion(schemaUrl: string): ManifestVersion {
  const match = /manifest\/v(\d+)(?:\.json)?\s*$/i.exec(schemaUrl)
  if (!match) return { version: undefined, notice: `Unrecognised manifest schema “${schemaUrl}”: read best-effort.` }
  const version = Number(match[1])
  if (version > NEWEST_KNOWN_MANIFEST) {
    return { version, notice: `Manifest schema v${version} is newer than this version of Tessera knows (v${NEWEST_KNOWN_MANIFEST}): read best-effort; some details may be missing.` }
  }
  if (version < OLDEST_KNOWN_MANIFEST) {
    return { version, notice: `Manifest schema v${version} predates dbt 1.0 (v${OLDEST_KNOWN_MANIFEST}): read best-effort; upgrade dbt for groups, access levels and contracts.` }
  }
  return { version }
}
