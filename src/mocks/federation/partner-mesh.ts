import type { Catalog, DataProduct } from '../../model/types'

const PLAYBACK_SESSIONS = 'urn:tessera:product:playback.playback_sessions'

const product = (overrides: Partial<DataProduct> & Pick<DataProduct, 'urn' | 'name' | 'title'>): DataProduct => ({
  domainId: 'royalties',
  kind: 'aggregate',
  lifecycle: 'active',
  description: '',
  tags: [],
  glossaryTerms: [],
  owners: [{ role: 'product-owner', teamId: 'royalties-data' }],
  outputPorts: [],
  inputPorts: [],
  slos: [],
  links: [],
  revision: 1,
  updatedAt: '2025-03-01T09:00:00Z',
  ...overrides,
})

/**
 * A second, small catalogue beside the Lumen demo, as a partner studio's own catalogue would be:
 * its own domain and team, the demo's Finance domain, and a product that reads the demo's
 * playback sessions, so federating the two yields a lineage edge across backends.
 */
export const partnerMesh: Catalog = {
  domains: [
    { id: 'royalties', name: 'Royalties', description: 'What the studio owes rights holders for every minute watched.', ownerTeamId: 'royalties-data' },
    { id: 'finance', name: 'Finance', description: 'Money in and out.' },
  ],
  teams: [
    {
      id: 'royalties-data',
      name: 'Royalties data',
      description: 'Computes royalty statements.',
      members: [{ personId: 'ines-duarte', role: 'Lead' }],
      contacts: [{ kind: 'email', href: 'mailto:royalties-data@studio.example' }],
    },
  ],
  people: [{ id: 'ines-duarte', name: 'Inês Duarte', email: 'ines@studio.example', contacts: [], teamIds: ['royalties-data'] }],
  products: [
    product({
      urn: 'urn:tessera:product:royalties.royalty_minutes',
      name: 'royalty_minutes',
      title: 'Royalty minutes',
      description: 'Minutes watched per title and rights holder, the basis of every **royalty statement**.',
      tags: ['royalties'],
      inputPorts: [
        { kind: 'product', productUrn: PLAYBACK_SESSIONS, description: 'Watch time per session.' },
        { kind: 'product', productUrn: 'urn:tessera:product:royalties.rights_holders' },
      ],
      outputPorts: [
        {
          id: 'minutes',
          name: 'Royalty minutes table',
          type: 'table',
          location: 'studio.royalties.royalty_minutes',
          columns: [
            { name: 'title_id', type: 'string', description: 'Catalogue title.' },
            { name: 'rights_holder_id', type: 'string', description: 'Who is paid.' },
            { name: 'minutes_watched', type: 'decimal(18,2)', description: 'Minutes watched in the month.' },
          ],
        },
      ],
    }),
    product({
      urn: 'urn:tessera:product:royalties.rights_holders',
      name: 'rights_holders',
      title: 'Rights holders',
      kind: 'source-aligned',
      description: 'Studios, labels and authors the studio pays royalties to.',
      outputPorts: [
        {
          id: 'holders',
          name: 'Rights holders table',
          type: 'table',
          location: 'studio.royalties.rights_holders',
          columns: [{ name: 'rights_holder_id', type: 'string', description: 'Identifier.' }],
        },
      ],
    }),
  ],
  issues: [],
}
