import type { ReactNode } from 'react'

/** The buttons under an inline editor: its own extras first, then Save (submits the form) and Cancel. */
export function EditorActions({ saveLabel, saveDisabled, onCancel, children }: { saveLabel: string; saveDisabled?: boolean; onCancel(): void; children?: ReactNode }) {
  return (
    <div className="row">
      {children}
      <button type="submit" className="button button-small button-primary" disabled={saveDisabled}>
        {saveLabel}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
