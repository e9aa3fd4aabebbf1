import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { CatalogIndex } from '../../../model/catalog-index'
import { productField } from '../../../model/product-edits'
import { canEdit, roleLabel } from '../../../model/product-queries'
import { OWNER_ROLES, type Owner, type OwnerRole } from '../../../model/types'
import { useBackend } from '../../../queries/backend-context'
import { identityQuery } from '../../../queries/catalog-queries'
import { useEditSession } from './edit-session-context'
import { useFieldDraft } from './use-field-draft'
import { EditorActions } from './editor-actions'

export const OWNERS = productField('owners')

function ownerName(owner: Owner, catalog: CatalogIndex): string {
  const person = owner.personId ? (catalog.person(owner.personId)?.name ?? owner.personId) : undefined
  const team = owner.teamId ? `${catalog.team(owner.teamId)?.name ?? owner.teamId} (team)` : undefined
  return [person, team].filter(Boolean).join(' · ')
}

/** Finds a team or person by name or id, as typed. */
function findOwner(text: string, catalog: CatalogIndex): Pick<Owner, 'teamId' | 'personId'> | undefined {
  const wanted = text.trim().replace(/ \(team\)$/, '').toLowerCase()
  if (!wanted) return undefined
  const team = catalog.catalog.teams.find((t) => t.name.toLowerCase() === wanted || t.id.toLowerCase() === wanted)
  if (team) return { teamId: team.id }
  const person = catalog.catalog.people.find((p) => p.name.toLowerCase() === wanted || p.id.toLowerCase() === wanted)
  return person ? { personId: person.id } : undefined
}

function AddOwner({ catalog, roles, onAdd }: { catalog: CatalogIndex; roles: readonly OwnerRole[]; onAdd: (owner: Owner) => void }) {
  const id = useId()
  const [who, setWho] = useState('')
  const [role, setRole] = useState<OwnerRole>(roles.includes('technical-owner') ? 'technical-owner' : (roles[0] ?? 'product-owner'))
  const [problem, setProblem] = useState('')
  const add = () => {
    const found = findOwner(who, catalog)
    if (!found) {
      setProblem(who.trim() ? `No team or person called “${who.trim()}” is in the catalogue.` : 'Type the name of a team or a person.')
      return
    }
    onAdd({ role, ...found })
    setWho('')
    setProblem('')
  }
  return (
    <fieldset className="owner-add">
      <legend>Add an owner</legend>
      <div className="row">
        <div className="stack-tight">
          <label htmlFor={`${id}-who`}>Team or person</label>
          <input
            id={`${id}-who`}
            className="filter-input"
            value={who}
            list={`${id}-names`}
            aria-invalid={problem !== ''}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setWho(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
          />
        </div>
        <div className="stack-tight">
          <label htmlFor={`${id}-role`}>Role of the new owner</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as OwnerRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-small" onClick={add}>
          Add owner
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      <datalist id={`${id}-names`}>
        {catalog.catalog.teams.map((t) => (
          <option key={`t-${t.id}`} value={`${t.name} (team)`} />
        ))}
        {catalog.catalog.people.map((p) => (
          <option key={`p-${p.id}`} value={p.name} />
        ))}
      </datalist>
    </fieldset>
  )
}

/** Edits who answers for a product: each owner's role, removing and adding teams and people. */
export function OwnersEditor({ catalog, onClose }: { catalog: CatalogIndex; onClose: () => void }) {
  const backend = useBackend()
  const { data: identity } = useQuery(identityQuery(backend))
  const session = useEditSession()
  const draft = useFieldDraft<Owner[]>(OWNERS)
  const owners = draft.value
  const keyOf = (o: Owner) => `${o.teamId ?? ''}|${o.personId ?? ''}`
  const set = (index: number, owner: Owner | undefined) => draft.change(owners.flatMap((o, i) => (i !== index ? [o] : owner ? [owner] : [])))
  const losesEditing = identity?.personId && !canEdit({ ...session.product, owners }, identity.personId, catalog.catalog.people)

  return (
    <form
      className="inline-editor stack"
      aria-label="Edit owners"
      onSubmit={(event) => {
        event.preventDefault()
        void draft.save()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target.tagName !== 'SELECT') {
          event.preventDefault()
          draft.discard()
          onClose()
        }
      }}
    >
      {owners.length === 0 ? (
        <p className="notice notice-warning" style={{ margin: 0 }}>
          No owners: nobody would answer for this product.
        </p>
      ) : (
        <ul className="plain-list stack-tight" aria-label="Owners">
          {owners.map((owner, i) => (
            <li key={`${keyOf(owner)}-${i}`} className="owner-row">
              <span className="owner-row-name">{ownerName(owner, catalog)}</span>
              <select aria-label={`Role of ${ownerName(owner, catalog)}`} value={owner.role} onChange={(event) => set(i, { ...owner, role: event.target.value as OwnerRole })}>
                {OWNER_ROLES.filter((r) => r === owner.role || session.ownerRoles.includes(r)).map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
              <button type="button" className="button button-small" aria-label={`Remove ${ownerName(owner, catalog)}`} onClick={() => set(i, undefined)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {owners.length > 0 && !owners.some((o) => o.role === 'product-owner') && <p className="field-problem">Nobody is product owner: the completeness check will list this as a gap.</p>}
      {losesEditing && <p className="notice notice-warning" style={{ margin: 0 }}>After this change you will no longer be able to edit this product.</p>}
      <AddOwner catalog={catalog} roles={session.ownerRoles} onAdd={(owner) => draft.change(owners.some((o) => keyOf(o) === keyOf(owner) && o.role === owner.role) ? owners : [...owners, owner])} />
      <EditorActions
        saveLabel="Save owners"
        onCancel={() => {
          draft.discard()
          onClose()
        }}
      />
    </form>
  )
}
