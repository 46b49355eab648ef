import { z } from 'zod';
import { RequiredText } from './common.js';

/** A new person's role on first sign-in: anything but owner, which only an owner grants. */
export const SsoDefaultRole = z.enum(['admin', 'member', 'viewer']);
export type SsoDefaultRole = z.infer<typeof SsoDefaultRole>;

/** A domain as people write it after the @ of their email: lower-cased, no scheme, no path. */
export const EmailDomain = z
  .string({ error: 'is required' })
  .trim()
  .toLowerCase()
  .max(253, 'must have at most 253 characters')
  .regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as example.com');

/** Where the provider is; a plain http:// address is refused unless private targets are allowed. */
export const IssuerUrl = z
  .string({ error: 'is required' })
  .trim()
  .max(2000, 'must have at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an https:// address' }));

/** An organization's provider as its admins see it: everything but the client secret. */
export const SsoSettings = z
  .object({
    source: z
      .enum(['organization', 'instance', 'none'])
      .describe("organization: set here; instance: the server's ACCORD_OIDC_* variables; none: off"),
    name: z.string().describe('Shown on the sign-in button: "Sign in with <name>"'),
    issuer: z.string(),
    clientId: z.string(),
    hasClientSecret: z.boolean().describe('The secret itself is never returned'),
    allowedDomains: z.array(z.string()),
    defaultRole: SsoDefaultRole,
    requireSso: z.boolean().describe('Password sign-in is refused for the members of this organization'),
    signInPath: z
      .string()
      .nullable()
      .describe('The sign-in page for this organization, to share with its people'),
    callbackUrl: z.string().describe("The redirect URI to register at the provider for Accord's client"),
  })
  .meta({ id: 'SsoSettings' });
export type SsoSettings = z.infer<typeof SsoSettings>;

export const SaveSsoSettingsBody = z.object({
  name: RequiredText(60),
  issuer: IssuerUrl,
  clientId: RequiredText(300),
  clientSecret: z
    .string()
    .trim()
    .min(1, 'cannot be empty')
    .max(2000, 'must have at most 2000 characters')
    .optional()
    .describe('Left out: the secret saved before is kept'),
  allowedDomains: z
    .array(EmailDomain)
    .min(1, 'name at least one domain')
    .max(50, 'may name at most 50 domains')
    .refine((domains) => new Set(domains).size === domains.length, 'names a domain twice'),
  defaultRole: SsoDefaultRole,
  requireSso: z.boolean(),
});
export type SaveSsoSettingsBody = z.input<typeof SaveSsoSettingsBody>;

/** An organization, by the slug in its address. */
export const OrganizationSlugParams = z.object({
  org: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9-]+$/, 'must be an organization’s slug: lower-case letters, digits and dashes'),
});

export const SsoProvider = z
  .object({
    organization: z.object({ name: z.string(), slug: z.string() }),
    name: z.string().describe('The provider, as the sign-in button names it'),
  })
  .meta({ id: 'SsoProvider' });
export type SsoProvider = z.infer<typeof SsoProvider>;

/** What the provider sends back to the callback (RFC 6749 §4.1.2 and RFC 9207's iss). */
export const SsoCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(2000).optional(),
  session_state: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  error_uri: z.string().max(2000).optional(),
});
