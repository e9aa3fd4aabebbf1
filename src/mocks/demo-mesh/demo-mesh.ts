import type { Catalog } from '../../model/types'
import { domains } from './domains'
import { withObservations } from './observations'
import { people } from './people'
import { advertisingProducts } from './products-advertising'
import { contentProducts } from './products-content'
import { contentLicensingProducts } from './products-content-licensing'
import { customerProducts } from './products-customer'
import { experimentationProducts } from './products-experimentation'
import { financeProducts } from './products-finance'
import { identityProducts } from './products-identity'
import { marketingProducts } from './products-marketing'
import { playbackProducts } from './products-playback'
import { playbackQualityProducts } from './products-playback-quality'
import { viewingProducts } from './products-playback-viewing'
import { recommendationsProducts } from './products-recommendations'
import { subscriptionsBillingProducts } from './products-subscriptions-billing'
import { subscriberMetricsProducts } from './products-subscriptions-billing-metrics'
import { teams } from './teams'
import { withUsage } from './usage'

/**
 * Lumen, a fictional video streaming company: the mesh Tessera shows with no backend configured.
 * Its SLOs and checks are dated, and its usage counted, relative to when the demo starts.
 */
export const demoMesh: Catalog = withUsage(withObservations({
  domains,
  teams,
  people,
  products: [
    ...playbackProducts,
    ...viewingProducts,
    ...playbackQualityProducts,
    ...contentProducts,
    ...contentLicensingProducts,
    ...subscriptionsBillingProducts,
    ...subscriberMetricsProducts,
    ...customerProducts,
    ...identityProducts,
    ...recommendationsProducts,
    ...marketingProducts,
    ...advertisingProducts,
    ...financeProducts,
    ...experimentationProducts,
  ],
  issues: [],
}))
