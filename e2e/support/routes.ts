import { productUrl, SESSIONS_URN } from './demo'

/** Every kind of page, with the heading it opens on: the routes the accessibility and layout tests walk. */
export const ROUTES = [
  { path: '/', heading: 'Welcome to Lumen demo mesh' },
  { path: '/search', heading: 'All data products' },
  { path: '/search?q=sessions', heading: 'Results for “sessions”' },
  { path: productUrl(SESSIONS_URN), heading: 'Playback sessions' },
  { path: `${productUrl(SESSIONS_URN)}?tab=schema`, heading: 'Playback sessions' },
  { path: '/domains', heading: 'Domains' },
  { path: '/domains/playback', heading: 'Playback' },
  { path: '/coverage', heading: 'Coverage' },
  { path: '/coverage?view=matrix', heading: 'Coverage' },
  { path: '/lineage', heading: 'Lineage' },
  { path: '/teams', heading: 'Teams' },
  { path: '/teams/playback-data', heading: 'Playback Data' },
  { path: '/people/maya-chen', heading: 'Maya Chen' },
  { path: '/following', heading: 'Following' },
  { path: '/requests', heading: 'Access requests' },
  { path: '/glossary', heading: 'Glossary' },
  { path: '/glossary/Watch%20time', heading: 'Watch time' },
  { path: '/no/such/page', heading: 'Page not found' },
]
