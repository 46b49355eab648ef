import type { Kysely } from 'kysely';
import type { Dialect } from '../store/dialect.js';

/**
 * Issue 13, SCIM provisioning: an identity provider (Entra ID, Okta) creates, updates and removes
 * an organization's people and groups with a bearer token an admin made for that organization
 * (only its hash is kept). What SCIM says of a user beyond the account (its external id, the parts of
 * its name, its manager) lives in scim_users, one row per person the provider manages there; a
 * group's external id in scim_groups (a group is a team).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  await db.schema
    .createTable('scim_tokens')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .addPrimaryKeyConstraint('scim_tokens_pk', ['organization_id', 'id'])
    .execute();

  await db.schema
    .createTable('scim_users')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('external_id', 'text')
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('formatted_name', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('manager_id', 'text')
    /** 1 when the provider made the account: then it may change the account's name and email. */
    .addColumn('owns_account', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('scim_users_pk', ['organization_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('scim_users_external')
    .on('scim_users')
    .columns(['organization_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('scim_groups')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('scim_groups_pk', ['organization_id', 'team_id'])
    .execute();
  await db.schema
    .createIndex('scim_groups_external')
    .on('scim_groups')
    .columns(['organization_id', 'external_id'])
    .execute();
}
