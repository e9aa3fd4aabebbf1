import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useBackend } from '../../queries/backend-context'
import { identitiesQuery, identityQuery } from '../../queries/catalog-queries'

const VISITOR = ''

/** Demo only: lets a visitor act as an analyst, a product owner or a steward. */
export function IdentitySwitcher() {
  const backend = useBackend()
  const queryClient = useQueryClient()
  const { data: identities = [], isError } = useQuery(identitiesQuery(backend))
  const { data: current } = useQuery(identityQuery(backend))
  if (isError) return null
  const currentId = current?.personId ?? VISITOR

  return (
    <label className="identity-switcher">
      <span>Act as</span>
      <select
        value={currentId}
        onChange={async (event) => {
          const personId = event.target.value || null
          backend.setIdentity?.(personId)
          const chosen = identities.find((i) => i.personId === personId)
          if (chosen) queryClient.setQueryData(identityQuery(backend).queryKey, chosen)
          await queryClient.invalidateQueries({ queryKey: identityQuery(backend).queryKey })
        }}
        title={identities.find((i) => (i.personId ?? VISITOR) === currentId)?.description}
      >
        {identities.map((identity) => (
          <option key={identity.personId ?? VISITOR} value={identity.personId ?? VISITOR}>
            {identity.name}
          </option>
        ))}
      </select>
    </label>
  )
}
