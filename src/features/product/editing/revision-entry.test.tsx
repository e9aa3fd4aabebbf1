// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import type { CatalogIndex } from '../../../model/catalog-index'
import { fieldKey, isWritable, type FieldRef } from '../../../model/product-edits'
import { groupRevisions } from '../../../model/revision-groups'
import { makeProduct } from '../../../model/test-products'
import type { EditableProductFields, ProductChange } from '../../../model/types'
import { EditSessionContext, type EditSession } from './edit-session-context'
import { RevisionEntry } from './revision-entry'

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute)).toISOString()
const history: ProductChange[] = [
  {
    revision: 3,
    at: at(40),
    by: 'lena',
    fields: ['description', 'tags', 'owners'],
    diff: [
      { field: 'description', before: 'Second.', after: 'Third.' },
      { field: 'tags', before: 'pii\nplayback', after: 'playback' },
      { field: 'owners', before: 'Owner: Lena', after: 'Owner: Sam' },
    ],
  },
  {
    revision: 2,
    at: at(0),
    by: 'maya',
    fields: ['description', 'tags', 'owners'],
    diff: [
      { field: 'description', before: 'First.', after: 'Second.' },
      { field: 'tags', before: 'pii', after: 'pii\nplayback' },
      { field: 'owners', before: 'Owner: Maya', after: 'Owner: Lena' },
    ],
  },
]
const catalog = { person: () => undefined } as unknown as CatalogIndex

/** A session as a backend that writes only `fields` gives it; restores are recorded, not sent. */
function renderEntry(fields: readonly (keyof EditableProductFields)[] | undefined, canEdit = true) {
  const saved: string[][] = []
  const session = {
    product: makeProduct({ description: 'Third.', tags: ['playback'] }),
    canEdit,
    canEditField: (ref: FieldRef) => canEdit && isWritable(ref, fields),
    draftOf: () => undefined,
    edit: () => {},
    save: async (refs: readonly FieldRef[] = []) => (saved.push(refs.map(fieldKey)), true),
    statusOf: () => undefined,
  } as unknown as EditSession
  const group = groupRevisions(history)[1]!
  render(
    <MemoryRouter>
      <EditSessionContext.Provider value={session}>
        <ol>
          <RevisionEntry group={group} history={history} catalog={catalog} open newest={false} />
        </ol>
      </EditSessionContext.Provider>
    </MemoryRouter>,
  )
  return { saved, entry: screen.getByRole('article') }
}

describe('RevisionEntry', () => {
  it('offers to restore each field and the whole revision when the catalogue writes them all', async () => {
    const { saved, entry } = renderEntry(undefined)
    expect(within(entry).getByRole('button', { name: 'Restore the earlier tags' })).toBeInTheDocument()
    expect(entry).toHaveTextContent('Owners cannot be restored from history.')
    await userEvent.setup().click(within(entry).getByRole('button', { name: 'Restore revision 2' }))
    expect(saved).toEqual([['description', 'tags']])
  })

  it('says which fields a catalogue cannot write instead of offering a restore that would fail', async () => {
    const { saved, entry } = renderEntry(['description'])
    expect(within(entry).queryByRole('button', { name: 'Restore the earlier tags' })).not.toBeInTheDocument()
    expect(entry).toHaveTextContent('This catalogue does not take changes to tags from Tessera, so it cannot be restored here.')
    expect(within(entry).getByRole('button', { name: 'Restore the earlier description' })).toBeInTheDocument()
    expect(entry).toHaveTextContent('Sets description back to how it was after this revision. Owners cannot be restored from history.')
    expect(entry).toHaveTextContent('This catalogue does not take changes to tags from Tessera, so they cannot be restored here.')
    await userEvent.setup().click(within(entry).getByRole('button', { name: 'Restore revision 2' }))
    expect(saved).toEqual([['description']])
  })

  it('offers nothing to restore to someone who cannot edit the product', () => {
    const { entry } = renderEntry(undefined, false)
    expect(within(entry).queryAllByRole('button', { name: /^Restore/ })).toEqual([])
    expect(entry).not.toHaveTextContent('cannot be restored')
  })
})
