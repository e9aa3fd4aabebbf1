import type { Domain } from '../../model/types'

export const domains: Domain[] = [
  {
    id: 'playback',
    name: 'Playback',
    description: 'Everything that happens once a viewer presses play: sessions, player telemetry, devices and viewing history.',
    ownerTeamId: 'playback-data',
  },
  {
    id: 'playback-quality',
    name: 'Playback quality',
    parentId: 'playback',
    description: 'Quality of experience: start-up time, rebuffering, bitrate and CDN delivery.',
    ownerTeamId: 'playback-qoe',
  },
  {
    id: 'content',
    name: 'Content catalogue',
    description: 'Titles, episodes, artwork and credits as published by the CMS, and how the catalogue performs.',
    ownerTeamId: 'content-data',
  },
  {
    id: 'content-licensing',
    name: 'Content licensing',
    parentId: 'content',
    description: 'Licence agreements with studios, territorial availability windows and licence costs.',
    ownerTeamId: 'licensing-data',
  },
  {
    id: 'subscriptions-billing',
    name: 'Subscriptions & billing',
    description: 'Plans, subscriptions, invoices and payments: the source of truth for who pays for Lumen.',
    ownerTeamId: 'billing-data',
  },
  {
    id: 'customer',
    name: 'Customer',
    description: 'A single view of the customer: preferences, consents, segments and lifetime value.',
    ownerTeamId: 'customer-data',
  },
  {
    id: 'identity',
    name: 'Identity',
    parentId: 'customer',
    description: 'Accounts, household profiles and sign-in activity.',
    ownerTeamId: 'identity-platform',
  },
  {
    id: 'recommendations',
    name: 'Recommendations',
    description: 'What we suggest to watch next: interactions, embeddings, features and the home-page rows.',
    ownerTeamId: 'recs-ml',
  },
  {
    id: 'marketing',
    name: 'Marketing',
    description: 'Campaigns, paid media and attribution of sign-ups to the channels that brought them.',
    ownerTeamId: 'marketing-analytics',
  },
  {
    id: 'advertising',
    name: 'Advertising',
    description: 'The ad-supported tier: ad requests, impressions, advertiser campaigns and ad revenue.',
    ownerTeamId: 'ads-data',
  },
  {
    id: 'finance',
    name: 'Finance',
    description: 'General ledger, revenue recognition, content amortisation and board reporting.',
    ownerTeamId: 'finance-data',
  },
  {
    id: 'customer-support',
    name: 'Customer support',
    description: 'Contacts, tickets and satisfaction surveys. No data products are published yet.',
    ownerTeamId: 'support-ops',
  },
  {
    id: 'experimentation',
    name: 'Experimentation',
    description: 'A/B test assignments and results. Ownership is being agreed between Growth and the Data Platform.',
  },
]
