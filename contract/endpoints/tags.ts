/** The groups of the OpenAPI document; every endpoint names the ones it belongs to. */
export const tags = [
  { name: 'setup', description: 'Health, first-run setup and the demo organization' },
  { name: 'auth', description: 'Sign-up, sign-in and sign-out' },
  { name: 'me', description: 'The signed-in person and their organizations' },
  { name: 'tokens', description: 'Personal API tokens' },
  {
    name: 'scim',
    description: 'Tokens an identity provider provisions people and teams with (SCIM 2.0 at /scim/v2)',
  },
  { name: 'people', description: 'Members of the organization and their roles' },
  { name: 'invitations', description: 'Invitations to join the organization' },
  { name: 'teams', description: 'Teams, their members and leads' },
  { name: 'planning', description: 'Horizons and planning cycles' },
  { name: 'promises', description: 'Promises and the moves of their conversation' },
  { name: 'alignment', description: 'Contributions, dependencies, the inbox and the accountability map' },
  { name: 'progress', description: 'Check-ins, scores, assessments, reviews and dashboards' },
  { name: 'search', description: 'Full-text search and saved views of the promise list' },
  { name: 'notifications', description: 'Everything that awaits someone, as one stream' },
  {
    name: 'exports',
    description: 'The organization exported as an archive, spreadsheets or a report, and restored',
  },
  { name: 'integrations', description: 'Webhooks and the other ways Accord reaches other systems' },
  { name: 'imports', description: 'Importing from Viva Goals, Ally.io and spreadsheets' },
] as const;

export type Tag = (typeof tags)[number]['name'];
