import { SCIM_MAX_COUNT, SCIM_SCHEMAS } from '../../../contract/scim.js';
import type { ServiceContext } from '../context.js';
import { scimBaseUrl } from './tokens.js';

/* What a provider reads to learn what Accord supports (RFC 7643 §5–7). */

type Attribute = {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued?: boolean;
  required?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  subAttributes?: Attribute[];
  referenceTypes?: string[];
};

type Described = Omit<Attribute, 'subAttributes'> & {
  caseExact: boolean;
  returned: 'default';
  subAttributes?: Described[];
};

const attribute = ({
  multiValued = false,
  required = false,
  mutability = 'readWrite',
  uniqueness = 'none',
  subAttributes,
  ...rest
}: Attribute): Described => ({
  ...rest,
  multiValued,
  required,
  caseExact: false,
  mutability,
  returned: 'default',
  uniqueness,
  ...(subAttributes ? { subAttributes: subAttributes.map(attribute) } : {}),
});

const SCHEMAS = [
  {
    id: SCIM_SCHEMAS.user,
    name: 'User',
    description: 'A person of the organization; userName is their email',
    attributes: [
      { name: 'userName', type: 'string', required: true, uniqueness: 'server' },
      { name: 'externalId', type: 'string' },
      {
        name: 'name',
        type: 'complex',
        subAttributes: [
          { name: 'givenName', type: 'string' },
          { name: 'familyName', type: 'string' },
          { name: 'formatted', type: 'string' },
        ],
      },
      { name: 'displayName', type: 'string' },
      {
        name: 'emails',
        type: 'complex',
        multiValued: true,
        subAttributes: [
          { name: 'value', type: 'string' },
          { name: 'type', type: 'string' },
          { name: 'primary', type: 'boolean' },
        ],
      },
      { name: 'active', type: 'boolean' },
    ] satisfies Attribute[],
  },
  {
    id: SCIM_SCHEMAS.enterpriseUser,
    name: 'EnterpriseUser',
    description: 'The Enterprise User extension: Accord keeps the manager',
    attributes: [
      {
        name: 'manager',
        type: 'complex',
        subAttributes: [
          { name: 'value', type: 'string' },
          { name: '$ref', type: 'reference', referenceTypes: ['User'] },
        ],
      },
    ] satisfies Attribute[],
  },
  {
    id: SCIM_SCHEMAS.group,
    name: 'Group',
    description: 'A team of the organization',
    attributes: [
      { name: 'displayName', type: 'string', required: true, uniqueness: 'server' },
      { name: 'externalId', type: 'string' },
      {
        name: 'members',
        type: 'complex',
        multiValued: true,
        subAttributes: [
          { name: 'value', type: 'string', mutability: 'immutable' },
          { name: 'display', type: 'string', mutability: 'readOnly' },
          { name: '$ref', type: 'reference', referenceTypes: ['User'], mutability: 'immutable' },
        ],
      },
    ] satisfies Attribute[],
  },
] as const;

export function schemas(ctx: ServiceContext) {
  return SCHEMAS.map((schema) => ({
    schemas: [SCIM_SCHEMAS.schema],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map((a) => attribute(a as Attribute)),
    meta: { resourceType: 'Schema', location: `${scimBaseUrl(ctx)}/Schemas/${schema.id}` },
  }));
}

export function resourceTypes(ctx: ServiceContext) {
  return [
    {
      schemas: [SCIM_SCHEMAS.resourceType],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'People of the organization',
      schema: SCIM_SCHEMAS.user,
      schemaExtensions: [{ schema: SCIM_SCHEMAS.enterpriseUser, required: false }],
      meta: { resourceType: 'ResourceType', location: `${scimBaseUrl(ctx)}/ResourceTypes/User` },
    },
    {
      schemas: [SCIM_SCHEMAS.resourceType],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'Teams of the organization',
      schema: SCIM_SCHEMAS.group,
      schemaExtensions: [],
      meta: { resourceType: 'ResourceType', location: `${scimBaseUrl(ctx)}/ResourceTypes/Group` },
    },
  ];
}

export function serviceProviderConfig(ctx: ServiceContext) {
  return {
    schemas: [SCIM_SCHEMAS.serviceProviderConfig],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_COUNT },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description:
          "A SCIM token made by an organization's admin in Accord (Provisioning, on the People page)",
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${scimBaseUrl(ctx)}/ServiceProviderConfig` },
  };
}
