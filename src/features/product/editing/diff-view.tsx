import type { DiffSegment } from '../../../model/text-diff'

/**
 * Text with its changes marked. Marks are not only colour: removed text is struck through,
 * added text underlined, and both are named for screen readers.
 */
export function DiffView({ segments, removedLabel = 'removed', addedLabel = 'added', className }: { segments: readonly DiffSegment[]; removedLabel?: string; addedLabel?: string; className?: string }) {
  if (segments.length === 0) return <p className={`diff-text muted ${className ?? ''}`}>(empty)</p>
  return (
    <p className={`diff-text ${className ?? ''}`}>
      {segments.map((segment, i) =>
        segment.kind === 'same' ? (
          <span key={i}>{segment.text}</span>
        ) : segment.kind === 'removed' ? (
          <del key={i} className="diff-removed">
            <span className="visually-hidden">[{removedLabel}: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={i} className="diff-added">
            <span className="visually-hidden">[{addedLabel}: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        ),
      )}
    </p>
  )
}
