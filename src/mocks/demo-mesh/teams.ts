import type { ContactLink, Team, TeamMember } from '../../model/types'

function team(id: string, name: string, description: string, members: [personId: string, role: string][]): Team {
  return {
    id,
    name,
    description,
    members: members.map(([personId, role]): TeamMember => ({ personId, role })),
    contacts: teamContacts(id),
  }
}

function teamContacts(id: string): ContactLink[] {
  const channel = `team-${id}`
  return [
    { kind: 'chat', href: `https://chat.lumen.example/#${channel}`, label: `#${channel}` },
    { kind: 'email', href: `mailto:${id}@lumen.example`, label: `${id}@lumen.example` },
  ]
}

export const teams: Team[] = [
  team('playback-data', 'Playback Data', 'Publishes playback sessions, events and viewing history.', [
    ['maya-chen', 'Product owner'],
    ['jonas-berg', 'Engineering manager'],
    ['tomas-novak', 'Data engineer'],
    ['priya-raman', 'Analytics engineer'],
  ]),
  team('playback-platform', 'Playback Platform', 'Runs the playback service and the player SDKs that emit events.', [
    ['aisha-bello', 'Engineering manager'],
    ['kenji-watanabe', 'Software engineer'],
    ['lucas-moreau', 'Site reliability engineer'],
  ]),
  team('playback-qoe', 'Playback Quality of Experience', 'Measures and improves start-up time, rebuffering and bitrate.', [
    ['elena-petrova', 'Product owner'],
    ['jonas-berg', 'Engineering manager'],
    ['rahul-mehta', 'Data engineer'],
    ['sofia-rossi', 'Data scientist'],
  ]),
  team('content-data', 'Content Data', 'Models the content catalogue and measures how titles perform.', [
    ['daniel-kim', 'Product owner'],
    ['chloe-martin', 'Analytics engineer'],
    ['omar-haddad', 'Data engineer'],
  ]),
  team('content-metadata-eng', 'Content Metadata Engineering', 'Builds the CMS and the title metadata APIs.', [
    ['hannah-schmidt', 'Engineering manager'],
    ['diego-alvarez', 'Software engineer'],
  ]),
  team('licensing-data', 'Rights & Licensing Data', 'Turns studio agreements into availability windows and costs.', [
    ['grace-liu', 'Product owner'],
    ['felix-wagner', 'Data engineer'],
    ['nadia-karim', 'Business analyst'],
  ]),
  team('billing-data', 'Billing Data', 'Publishes subscriptions, invoices and subscriber metrics.', [
    ['ben-carter', 'Product owner'],
    ['yuki-tanaka', 'Data engineer'],
    ['olivia-brown', 'Analytics engineer'],
  ]),
  team('payments-platform', 'Payments Platform', 'Integrates payment providers and runs dunning.', [
    ['marco-bianchi', 'Engineering manager'],
    ['ines-costa', 'Software engineer'],
  ]),
  team('customer-data', 'Customer Data', 'Owns the customer 360, consents and segments.', [
    ['fatima-zahra', 'Product owner'],
    ['william-jones', 'Data engineer'],
    ['ana-silva', 'Analytics engineer'],
    ['lena-fischer', 'Data steward'],
  ]),
  team('identity-platform', 'Identity Platform', 'Runs sign-up, sign-in and household profiles.', [
    ['erik-lindqvist', 'Engineering manager'],
    ['mei-wong', 'Software engineer'],
    ['arjun-patel', 'Security engineer'],
  ]),
  team('recs-ml', 'Recommendations ML', 'Trains and serves the models behind every row of the home page.', [
    ['clara-hoffmann', 'Product owner'],
    ['noah-levi', 'ML engineer'],
    ['zara-ahmed', 'Data scientist'],
  ]),
  team('marketing-analytics', 'Marketing Analytics', 'Attribution, campaign measurement and audience building.', [
    ['isabel-garcia', 'Product owner'],
    ['liam-oconnor', 'Analytics engineer'],
  ]),
  team('business-insights', 'Business Insights', 'Analysts who answer questions for the whole company from other domains’ products; they own none.', [
    ['sam-okafor', 'Data analyst'],
  ]),
  team('growth-engineering', 'Growth Engineering', 'Sign-up funnel, referral programme and lifecycle messaging.', [
    ['ethan-wright', 'Engineering manager'],
    ['amara-nwosu', 'Software engineer'],
  ]),
  team('ads-data', 'Ad Data', 'Data for the ad-supported tier: delivery, forecasting and advertiser reporting.', [
    ['victor-dubois', 'Product owner'],
    ['hana-suzuki', 'Data engineer'],
    ['pedro-santos', 'Analytics engineer'],
  ]),
  team('finance-data', 'Finance Data', 'Revenue, cost and board reporting for the finance organisation.', [
    ['charlotte-evans', 'Product owner'],
    ['george-adams', 'Analytics engineer'],
    ['leila-nasser', 'Financial analyst'],
  ]),
  team('support-ops', 'Customer Support Operations', 'Runs the contact centre tooling and its reporting.', [
    ['rosa-jimenez', 'Support operations lead'],
    ['kwame-mensah', 'Data analyst'],
  ]),
  team('data-platform', 'Data Platform', 'Runs the lake, the warehouse, Kafka and the orchestration every domain builds on.', [
    ['oskar-nilsson', 'Engineering manager'],
    ['ravi-shankar', 'Platform engineer'],
    ['emma-johansson', 'Data engineer'],
    ['priya-raman', 'Analytics engineering guild lead'],
  ]),
  team('data-governance', 'Data Governance', 'Stewardship, privacy reviews and the business glossary.', [
    ['lena-fischer', 'Data steward'],
    ['thomas-muller', 'Privacy counsel'],
    ['nora-kelly', 'Data steward'],
  ]),
  team('experimentation-platform', 'Experimentation Platform', 'Feature flags, assignment and the statistics engine.', [
    ['david-cohen', 'Engineering manager'],
    ['mila-ivanova', 'Data scientist'],
  ]),
]
