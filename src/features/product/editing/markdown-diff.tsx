import { useMemo, useState } from 'react'
import { diffText, type DiffKind } from '../../../model/text-diff'
import { Markdown } from '../../../ui/markdown'
import { DiffView } from './diff-view'

interface Block {
  kind: DiffKind
  text: string
}

/** Runs of whole lines kept, removed or added, so each can be rendered as Markdown of its own. */
function lineBlocks(before: string, after: string): Block[] {
  const blocks: Block[] = []
  for (const segment of diffText(before, after, 'lines')) {
    const last = blocks.at(-1)
    if (last?.kind === segment.kind) last.text += segment.text
    else blocks.push({ ...segment })
  }
  return blocks.filter((b) => b.text.trim() !== '')
}

function Mark({ kind, children }: { kind: 'added' | 'removed'; children: string }) {
  const Tag = kind === 'added' ? 'ins' : 'del'
  return (
    <Tag className={`md-diff-block md-diff-${kind}`}>
      <span className="md-diff-label" aria-hidden="true">
        {kind === 'added' ? '+' : '−'}
      </span>
      <span className="visually-hidden">{kind === 'added' ? 'Added: ' : 'Removed: '}</span>
      <Markdown className="description">{children}</Markdown>
    </Tag>
  )
}

/**
 * A change to Markdown text as the reader sees it: rendered, removed passages struck through
 * and added ones marked, with a switch to the Markdown source marked word by word.
 */
export function MarkdownDiff({ before, after }: { before: string; after: string }) {
  const [source, setSource] = useState(false)
  const blocks = useMemo(() => (source ? [] : lineBlocks(before, after)), [before, after, source])
  return (
    <div className="md-diff">
      <div className="segmented md-diff-mode" role="group" aria-label="Show the change as">
        <button type="button" className="button button-small" aria-pressed={!source} onClick={() => setSource(false)}>
          Rendered
        </button>
        <button type="button" className="button button-small" aria-pressed={source} onClick={() => setSource(true)}>
          Markdown source
        </button>
      </div>
      {source ? (
        <DiffView segments={diffText(before, after, 'words')} />
      ) : blocks.length === 0 ? (
        <p className="muted">(empty)</p>
      ) : (
        blocks.map((block, i) =>
          block.kind === 'same' ? (
            <Markdown key={i} className="description md-diff-block">
              {block.text}
            </Markdown>
          ) : (
            <Mark key={i} kind={block.kind}>
              {block.text}
            </Mark>
          ),
        )
      )}
    </div>
  )
}
