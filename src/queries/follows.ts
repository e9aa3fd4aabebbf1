import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { CatalogBackend } from '../backends/catalog-backend'
import { FOLLOW_KINDS, setFollow, type Follow, type FollowTarget } from '../model/follows'
import { useBackend } from './backend-context'
import { deviceKey, readDevice, writeDevice } from './device-store'

const deviceFollows = z.array(z.object({ kind: z.enum(FOLLOW_KINDS), id: z.string(), since: z.string() }))
const isFollows = (value: unknown): value is Follow[] => deviceFollows.safeParse(value).success

/** Follows live on the backend for a signed-in person where it keeps them, else on this device. */
export const followsOnBackend = (backend: CatalogBackend, personId: string | null) => personId !== null && backend.listFollows !== undefined && backend.setFollow !== undefined

export const followKeys = {
  list: (b: string, personId: string | null) => ['follows', b, personId ?? 'visitor'] as const,
}

export const followsQuery = (backend: CatalogBackend, personId: string | null) =>
  queryOptions({
    queryKey: followKeys.list(backend.id, personId),
    queryFn: ({ signal }): Promise<Follow[]> =>
      followsOnBackend(backend, personId) ? backend.listFollows!({ signal }) : Promise.resolve(readDevice(deviceKey('follows', backend.id, personId), [], isFollows)),
    staleTime: 30_000,
  })

export function useSetFollow(personId: string | null) {
  const backend = useBackend()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ target, following }: { target: FollowTarget; following: boolean }): Promise<Follow[]> => {
      if (followsOnBackend(backend, personId)) return backend.setFollow!(target, following)
      const key = deviceKey('follows', backend.id, personId)
      const next = setFollow(readDevice(key, [], isFollows), target, following, new Date().toISOString())
      writeDevice(key, next)
      return next
    },
    onSuccess: (follows) => queryClient.setQueryData(followKeys.list(backend.id, personId), follows),
  })
}
