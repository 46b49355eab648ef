/** The groups of the OpenAPI document; every endpoint names the ones it belongs to. */
export const tags = [
  { name: 'setup', description: 'Health, first-run setup and the demo organization' },
  { name: 'auth', description: 'Sign-up, sign-in and sign-out' },
  { name: 'me', description: 'The signed-in person and their organizations' },
  { name: 'tokens', description: 'Personal API tokens' },
  { name: 'people', description: 'Members of the organization and their roles' },
  { name: 'invitations', description: 'Invitations to join the organization' },
  { name: 'teams', description: 'Teams, their members and leads' },
  { name: 'planning', description: 'Horizons and planning cycles' },
  { name: 'promises', description: 'Promises and the moves of their conversation' },
  { name: 'alignment', description: 'Contributions, dependencies, the inbox and the accountability map' },
  { name: 'progress', description: 'Check-ins, scores, assessments, reviews and dashboards' },
  { name: 'notifications', description: 'Everything that awaits someone, as one stream' },
  { name: 'integrations', description: 'Webhooks and the other ways Accord reaches other systems' },
  { name: 'imports', description: 'Importing from Viva Goals, Ally.io and spreadsheets' },
] as const;

export type Tag = (typeof tags)[number]['name'];
