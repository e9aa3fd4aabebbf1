import { lazy } from 'react'
import type { Slots } from '../ui/slots'

/** What each feature shows inside another's pages; loaded with the page that shows it. */
export const featureSlots: Slots = {
  portAccess: lazy(() => import('../features/access/port-access').then((m) => ({ default: m.PortAccess }))),
  follow: lazy(() => import('../features/follow/follow-button').then((m) => ({ default: m.FollowButton }))),
  homeSections: [
    lazy(() => import('../features/access/home-requests').then((m) => ({ default: m.HomeAccessRequests }))),
    lazy(() => import('../features/follow/change-feed-section').then((m) => ({ default: m.HomeChangeFeed }))),
  ],
  productActions: lazy(() => import('../features/access/pending-requests-notice').then((m) => ({ default: m.PendingRequestsNotice }))),
}
