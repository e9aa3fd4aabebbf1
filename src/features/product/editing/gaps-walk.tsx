import { useEffect, useRef, useState } from 'react'
import type { CatalogIndex } from '../../../model/catalog-index'
import { assessCompleteness, describeMissing } from '../../../model/completeness'
import { columnField, findColumn, readField, sameValue } from '../../../model/product-edits'
import { planGaps, whereToFix, type GapStep } from '../model/gap-steps'
import { DescriptionEditor } from '../description-editor'
import { useEditSession } from './edit-session-context'
import { OwnersEditor } from './owners-editor'

function ColumnStep({ step, onNext }: { step: Extract<GapStep, { kind: 'column' }>; onNext: () => void }) {
  const session = useEditSession()
  const ref = columnField('description', step.outputPortId, step.path)
  const [text, setText] = useState(() => String(session.valueOf(ref) ?? ''))
  const port = session.product.outputPorts.find((p) => p.id === step.outputPortId)
  const column = port ? findColumn(port.columns, step.path) : undefined
  const save = () => {
    if (!text.trim() || sameValue(text, readField(session.product, ref))) session.discard([ref])
    else void session.save([ref])
    onNext()
  }
  return (
    <form
      className="stack-tight"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <p style={{ margin: 0 }}>
        Column <code>{step.path}</code>
        {column && (
          <>
            {' '}
            of type <code>{column.type}</code>
          </>
        )}{' '}
        in {step.portName}.
      </p>
      <label htmlFor="gap-column-input">Description of {step.path}</label>
      <textarea
        id="gap-column-input"
        className="cell-input"
        rows={3}
        autoFocus
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          session.edit(ref, event.target.value)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault()
            save()
          }
        }}
      />
      <div className="row">
        <button type="submit" className="button button-primary">
          Save and next
        </button>
      </div>
    </form>
  )
}

/**
 * Walks an owner through each gap the completeness panel lists that Tessera can fill — the
 * description, the owners, every undocumented column — one at a time, each saved as it goes.
 */
export function GapsWalk({ catalog, onClose }: { catalog: CatalogIndex; onClose: () => void }) {
  const session = useEditSession()
  const [plan] = useState(() => planGaps(session.product, session.canEditField))
  const [index, setIndex] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const step = plan.steps[index]
  const percent = Math.round(assessCompleteness(session.product).score * 100)
  const next = () => setIndex((i) => i + 1)

  // Each step's editor takes the focus itself; at the end, the summary does.
  useEffect(() => {
    if (!step) heading.current?.focus()
  }, [step])

  return (
    <section className="card gaps-walk card-editing" aria-labelledby="gaps-title">
      <div className="row section-head">
        <h2 id="gaps-title" className="section-title">
          Document the gaps
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {step ? 'Stop' : 'Close'}
        </button>
      </div>
      <p className="muted" style={{ marginTop: 0 }}>
        {step ? `Step ${index + 1} of ${plan.steps.length}` : plan.steps.length === 0 ? 'Nothing here to fill in' : 'All steps done'} · documentation {percent}% complete
      </p>
      <progress className="completeness-meter" max={Math.max(1, plan.steps.length)} value={Math.min(index, plan.steps.length)} aria-label="Progress through the gaps" />
      <h3 ref={heading} tabIndex={-1} className="subsection-title">
        {!step ? 'Done' : step.kind === 'description' ? 'Describe the product' : step.kind === 'owners' ? `Name its owners (${step.reason.toLowerCase()})` : `Describe column ${step.path}`}
      </h3>
      {step?.kind === 'description' && <DescriptionEditor key={index} saveLabel="Save and continue" onClose={next} />}
      {step?.kind === 'owners' && <OwnersEditor key={index} catalog={catalog} onClose={next} />}
      {step?.kind === 'column' && <ColumnStep key={index} step={step} onNext={next} />}
      {step && (
        <div className="row gaps-nav">
          <button type="button" className="button button-small" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
            Back
          </button>
          <button type="button" className="button button-small" onClick={next}>
            Skip
          </button>
        </div>
      )}
      {!step && (
        <>
          <p>{plan.steps.length === 0 ? 'The description, owners and columns are all documented.' : 'Every gap you can fill here has been visited. Saves that failed are listed below the page, kept as drafts.'}</p>
          {plan.elsewhere.length > 0 && (
            <>
              <p style={{ marginBottom: 4 }}>Left to do outside Tessera:</p>
              <ul>
                {plan.elsewhere.map((item) => (
                  <li key={item.kind}>
                    <strong>{describeMissing(item)}.</strong> {whereToFix(item)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  )
}
