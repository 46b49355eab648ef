import type { OrganizationSummary } from '../../contract/auth.js';

/** Who is calling: a person, through a session or an API token, acting in one organization or none yet. */
export interface Actor {
  personId: string;
  name: string;
  email: string;
  organizationId: string | null;
  role: OrganizationSummary['role'] | null;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
  tokenId?: string;
}
