import { useQuery } from '@tanstack/react-query'
import { sameTarget, type FollowTarget } from '../../model/follows'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { followsOnBackend, followsQuery, useSetFollow } from '../../queries/follows'
import './follow.css'

/** Follow or stop following a product or domain; its changes then show in the visitor's feed. */
export function FollowButton({ target, name }: { target: FollowTarget; name: string }) {
  const backend = useBackend()
  const { data: identity, isPending: identityPending } = useQuery(identityQuery(backend))
  const personId = identity?.personId ?? null
  const follows = useQuery({ ...followsQuery(backend, personId), enabled: !identityPending })
  const change = useSetFollow(personId)
  if (identityPending || follows.isPending) return null
  const following = follows.data?.some((f) => sameTarget(f, target)) ?? false
  const where = followsOnBackend(backend, personId) ? '' : ' (kept on this device)'
  return (
    <span className="follow-control">
      <button
        type="button"
        className={following ? 'button follow-button follow-on' : 'button follow-button'}
        aria-pressed={following}
        disabled={change.isPending || follows.isError}
        title={following ? `You follow ${name}${where}: its changes show under Following` : `Follow ${name} to be told when it changes${where}`}
        onClick={() => change.mutate({ target, following: !following })}
      >
        <span aria-hidden="true">{following ? '★' : '☆'}</span> {following ? 'Following' : 'Follow'}
        <span className="visually-hidden"> {name}</span>
      </button>
      {change.error && (
        <span className="muted" role="alert">
          {' '}
          {change.error.message}
        </span>
      )}
    </span>
  )
}
