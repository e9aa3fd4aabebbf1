import { demoMesh } from '../../src/mocks/demo-mesh/demo-mesh'
import type { Catalog, DataProduct } from '../../src/model/types'

export const HOSTILE_URN = 'urn:tessera:product:playback.playback_sessions_legacy'

/** Markdown a careless import could bring in: a script tag, an event handler, a javascript: link. */
export const HOSTILE_DESCRIPTION = `Imported from the old wiki page "Sessions v1" (2021). Kept for the finance reconciliation until Q3.

<script>alert('xss')</script>

## Usage
Please read the migration notes <img src=x onerror="alert(1)"> before querying this table.
If the notes do not open, [click](javascript:alert(1)) here, or ask in #team-playback-data.

- Sessions shorter than 10 seconds are dropped.
- Times are in **Europe/London**, not UTC.`

const HOSTILE_NOTES = 'Operator notes <img src=x onerror="window.__tesseraPwned = true"> from the [old wiki](javascript:window.__tesseraPwned=true).'

function withHostileText(product: DataProduct): DataProduct {
  return {
    ...product,
    description: HOSTILE_DESCRIPTION,
    outputPorts: product.outputPorts.map((port) => ({
      ...port,
      columns: port.columns.map((column) => (column.name === 'notes' ? { ...column, description: HOSTILE_NOTES } : column)),
    })),
  }
}

/**
 * The demo mesh with hostile text in the legacy sessions product (its description and its
 * `notes` column), for the tests that prove such text stays harmless. The demo a visitor
 * browses carries none of it.
 */
export function hostileMesh(): Catalog {
  return { ...demoMesh, products: demoMesh.products.map((p) => (p.urn === HOSTILE_URN ? withHostileText(p) : p)) }
}
