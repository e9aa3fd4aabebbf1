import { useId } from 'react'
import { productField } from '../../../model/product-edits'
import type { Link } from '../../../model/types'
import { safeHref } from '../../../ui/safe-href'
import { useFieldDraft } from './use-field-draft'
import { EditorActions } from './editor-actions'

export const LINKS = productField('links')

const problemOf = (link: Link): string | undefined => {
  if (link.url.trim() === '') return link.label.trim() ? 'Add the address.' : undefined
  return safeHref(link.url) ? undefined : 'Use a web (https://), e-mail (mailto:) or phone (tel:) address.'
}

/** Edits the product's links: label and address per row; unsafe addresses are refused before saving. */
export function LinksEditor({ onClose }: { onClose: () => void }) {
  const id = useId()
  const draft = useFieldDraft<Link[]>(LINKS)
  const links = draft.value
  const set = (index: number, link: Link | undefined) => draft.change(links.flatMap((l, i) => (i !== index ? [l] : link ? [link] : [])))
  const problems = links.map(problemOf)
  const blocked = problems.some(Boolean)

  return (
    <form
      className="inline-editor stack"
      aria-label="Edit links"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (blocked) return
        // Rows left empty are dropped rather than saved.
        const kept = links.filter((l) => l.url.trim() !== '').map((l) => ({ label: l.label.trim(), url: l.url.trim() }))
        if (kept.length !== links.length || kept.some((l, i) => l.url !== links[i]!.url || l.label !== links[i]!.label)) draft.change(kept)
        void draft.save()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          draft.discard()
          onClose()
        }
      }}
    >
      {links.length === 0 && <p className="muted" style={{ margin: 0 }}>No links yet. Add a runbook, a dashboard or the source repository.</p>}
      {links.map((link, i) => (
        <fieldset key={i} className="link-row">
          <legend className="visually-hidden">Link {i + 1}</legend>
          <div className="stack-tight">
            <label htmlFor={`${id}-label-${i}`} className={i === 0 ? undefined : 'visually-hidden'}>
              Label
            </label>
            <input id={`${id}-label-${i}`} className="filter-input" value={link.label} onChange={(event) => set(i, { ...link, label: event.target.value })} />
          </div>
          <div className="stack-tight link-url">
            <label htmlFor={`${id}-url-${i}`} className={i === 0 ? undefined : 'visually-hidden'}>
              Address
            </label>
            <input
              id={`${id}-url-${i}`}
              className="filter-input"
              type="url"
              value={link.url}
              placeholder="https://"
              aria-invalid={problems[i] !== undefined}
              aria-describedby={problems[i] ? `${id}-problem-${i}` : undefined}
              onChange={(event) => set(i, { ...link, url: event.target.value })}
            />
          </div>
          <button type="button" className="button button-small" aria-label={`Remove link ${link.label || i + 1}`} onClick={() => set(i, undefined)}>
            Remove
          </button>
          {problems[i] && (
            <p id={`${id}-problem-${i}`} className="field-problem">
              {problems[i]}
            </p>
          )}
        </fieldset>
      ))}
      <EditorActions
        saveLabel="Save links"
        saveDisabled={blocked}
        onCancel={() => {
          draft.discard()
          onClose()
        }}
      >
        <button type="button" className="button button-small" onClick={() => draft.change([...links, { label: '', url: '' }])}>
          Add link
        </button>
      </EditorActions>
    </form>
  )
}
