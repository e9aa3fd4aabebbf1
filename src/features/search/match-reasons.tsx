import { Fragment, type ReactNode } from 'react'
import type { MatchReason, SearchHit } from '../../model/search/search-types'

function phrase(reason: MatchReason): ReactNode {
  switch (reason.kind) {
    case 'name':
      return 'Name matches'
    case 'urn':
      return 'URN matches'
    case 'id':
      return (
        <>
          Id <code>{reason.id}</code> matches
        </>
      )
    case 'port':
      return (
        <>
          Port <code>{reason.port}</code> matches
        </>
      )
    case 'column':
      return (
        <>
          Column <code>{reason.column}</code>
          {reason.table && (
            <>
              {' '}
              of <code>{reason.table}</code>
            </>
          )}{' '}
          matches
        </>
      )
    case 'owner':
      return `Owned by ${reason.owner}`
    case 'tag':
      return (
        <>
          Tagged <code>{reason.tag}</code>
        </>
      )
    case 'domain':
      return `In ${reason.domain}`
    case 'description':
      return 'Description matches'
    case 'column-description':
      return (
        <>
          Description of column <code>{reason.column}</code> matches
        </>
      )
  }
}

/** Why a result is listed, as one short run of text: "Owned by Maya Chen · Column `plan_id` matches". */
export function MatchReasons({ hit }: { hit: SearchHit }) {
  const reasons: MatchReason[] = hit.reasons ?? (hit.matchedColumn ? [{ kind: 'column', column: hit.matchedColumn }] : [])
  if (reasons.length === 0 && !hit.missingWords) return null
  return (
    <span className="result-why">
      {hit.missingWords && <span className="result-missing">Without “{hit.missingWords.join('”, “')}” · </span>}
      {reasons.map((reason, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          {phrase(reason)}
        </Fragment>
      ))}
      {reasons.length > 0 && ' · '}
    </span>
  )
}
