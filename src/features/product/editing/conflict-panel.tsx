import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { CatalogIndex } from '../../../model/catalog-index'
import { canMerge, mergeValues, type FieldConflict } from '../../../model/edit-conflict'
import { displayValue, fieldKey, fieldLabel, summariseFields, type NameLookup } from '../../../model/product-edits'
import { diffText, sideBySide } from '../../../model/text-diff'
import { hasConflictMarkers } from '../../../model/text-merge'
import { useCatalog } from '../../../queries/use-catalog'
import { DiffView } from './diff-view'
import { useEditSession, type Resolution } from './edit-session-context'

const namesFrom = (catalog: CatalogIndex): NameLookup => ({ team: (id) => catalog.team(id)?.name, person: (id) => catalog.person(id)?.name })
const isText = (conflict: FieldConflict) => conflict.draft.ref.field === 'description'

function FieldChoice({
  conflict,
  theirName,
  resolution,
  onChange,
  names,
}: {
  conflict: FieldConflict
  theirName: string
  resolution: Resolution | undefined
  onChange: (resolution: Resolution) => void
  names: NameLookup
}) {
  const id = useId()
  const { draft, theirs } = conflict
  const label = fieldLabel(draft.ref)
  const merged = useMemo(() => mergeValues(draft.ref, draft.base, draft.value, theirs), [draft, theirs])
  const segments = useMemo(
    () => sideBySide(diffText(displayValue(draft.ref, theirs, names), displayValue(draft.ref, draft.value, names), isText(conflict) ? 'words' : 'lines')),
    [conflict, draft, theirs, names],
  )
  const choose = (choice: Resolution['choice']) => onChange(choice === 'merged' ? { choice, value: merged } : { choice })

  return (
    <fieldset className="conflict-field">
      <legend>{label}</legend>
      <div className="conflict-sides">
        <section className="conflict-side conflict-theirs" aria-label={`Their version of ${label}`}>
          <h3 className="subsection-title">Theirs, saved by {theirName}</h3>
          <DiffView segments={segments.before} removedLabel="only in theirs" />
        </section>
        <section className="conflict-side conflict-yours" aria-label={`Your version of ${label}`}>
          <h3 className="subsection-title">Yours</h3>
          <DiffView segments={segments.after} addedLabel="only in yours" />
        </section>
      </div>
      <div className="conflict-choices" role="radiogroup" aria-label={`Which version of ${label} to keep`}>
        <label>
          <input type="radio" name={id} checked={resolution?.choice === 'theirs'} onChange={() => choose('theirs')} /> Keep theirs
        </label>
        <label>
          <input type="radio" name={id} checked={resolution?.choice === 'mine'} onChange={() => choose('mine')} /> Keep yours
        </label>
        {canMerge(draft.ref) && (
          <label>
            <input type="radio" name={id} checked={resolution?.choice === 'merged'} onChange={() => choose('merged')} /> Merge both
          </label>
        )}
      </div>
      {resolution?.choice === 'merged' &&
        (typeof resolution.value === 'string' ? (
          <div className="stack-tight">
            <label htmlFor={`${id}-merged`}>Merged {label.toLowerCase()}</label>
            <textarea id={`${id}-merged`} className="merge-input" value={resolution.value} onChange={(event) => onChange({ choice: 'merged', value: event.target.value })} aria-describedby={`${id}-merge-help`} />
            <p id={`${id}-merge-help`} className="muted" style={{ margin: 0 }}>
              {hasConflictMarkers(resolution.value)
                ? 'Lines between <<<<<<< yours and >>>>>>> theirs were changed on both sides: edit them into one and delete the marker lines.'
                : 'Both sets of changes are combined. Edit the text as you like before saving.'}
            </p>
          </div>
        ) : (
          <p className="muted">
            Merged: <strong>{displayValue(draft.ref, resolution.value, names).split('\n').join(', ') || '(none)'}</strong> — additions and removals from both versions.
          </p>
        ))}
    </fieldset>
  )
}

/**
 * Someone saved the same fields first. Nothing is overwritten: both versions side by side,
 * differences marked, and per field the owner keeps theirs, keeps their own (saved on top of
 * the new revision) or merges both.
 */
export function ConflictPanel() {
  const session = useEditSession()
  const catalog = useCatalog()
  const names = useMemo(() => namesFrom(catalog), [catalog])
  const conflict = session.conflict
  const [choices, setChoices] = useState<ReadonlyMap<string, Resolution>>(() => new Map())
  const [problem, setProblem] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    heading.current?.focus()
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [])

  if (!conflict) return null
  const { theirs } = conflict
  const theirName = (theirs.updatedBy && catalog.person(theirs.updatedBy)?.name) ?? theirs.updatedBy ?? 'someone'
  const when = new Date(theirs.updatedAt)
  const submit = () => {
    const missing = conflict.conflicts.filter((c) => !choices.has(fieldKey(c.draft.ref)))
    if (missing.length > 0) return setProblem(`Choose a version of ${summariseFields(missing.map((c) => c.draft.ref)).toLowerCase()}.`)
    const marked = conflict.conflicts.filter((c) => {
      const r = choices.get(fieldKey(c.draft.ref))
      return r?.choice === 'merged' && typeof r.value === 'string' && hasConflictMarkers(r.value)
    })
    if (marked.length > 0) return setProblem('Resolve the marked lines in the merged text first (delete the <<<<<<<, ======= and >>>>>>> lines).')
    setProblem('')
    session.resolveConflict(choices)
  }

  return (
    <section className="card conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1} className="section-title">
        Someone else saved first
      </h2>
      <p style={{ marginTop: 0 }}>
        {theirName} saved revision {theirs.revision}
        {Number.isNaN(when.getTime()) ? '' : ` at ${when.toLocaleTimeString(undefined, { timeStyle: 'short' })}`} while you were editing. Nothing has been
        overwritten: for each field, choose which version to keep.
      </p>
      {conflict.conflicts.map((c) => (
        <FieldChoice
          key={fieldKey(c.draft.ref)}
          conflict={c}
          theirName={theirName}
          names={names}
          resolution={choices.get(fieldKey(c.draft.ref))}
          onChange={(resolution) => setChoices((current) => new Map(current).set(fieldKey(c.draft.ref), resolution))}
        />
      ))}
      {conflict.others.length > 0 && (
        <p className="muted">Your changes to {summariseFields(conflict.others).toLowerCase()} do not overlap with theirs and are saved with your choices.</p>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="row">
        <button type="button" className="button button-primary" onClick={submit}>
          Save my choices
        </button>
        <button type="button" className="button" onClick={session.postponeConflict}>
          Decide later
        </button>
      </div>
    </section>
  )
}
