import { z } from 'zod';
import { AsOf, Id } from './common.js';
import { PartyRef } from './parties.js';
import { Phase, Status } from './protocol.js';

export const AccountabilityQuery = z.object({
  cycleId: Id.optional(),
  horizonId: Id.optional(),
  at: AsOf.optional(),
});

/**
 * The most links a summary holds by default: the busiest, with how many there are in all (a team's
 * map shows the rest). At size L (1,000 teams, 4,000 links in a quarter) the summary stays a few
 * hundred kilobytes, most of it the teams.
 */
export const DEFAULT_SUMMARY_LINKS = 250;

export const AccountabilitySummaryQuery = AccountabilityQuery.extend({
  links: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .default(DEFAULT_SUMMARY_LINKS)
    .describe('The most links to return, the busiest first'),
});

/** Promises counted by phase: every phase is present, zero where there are none. */
export const PhaseCounts = z.object(
  Object.fromEntries(Phase.options.map((phase) => [phase, z.number().int()])) as Record<Phase, z.ZodNumber>,
);
export type PhaseCounts = z.infer<typeof PhaseCounts>;

export const AccountabilityUnit = z.object({
  id: z.string().describe('`team:<id>`, or `no-team` for the people who are in no team'),
  team: PartyRef.nullable().describe('The team; null for the people who are in no team'),
  name: z.string(),
  performs: z.number().int().describe('Promises the team or its people perform'),
  asks: z.number().int().describe('Promises the team or its people are the customer of'),
  byPhase: PhaseCounts.describe('The promises it performs, by phase'),
  byStatus: z.partialRecord(Status, z.number().int()).describe('The promises it performs, by status'),
});
export type AccountabilityUnit = z.infer<typeof AccountabilityUnit>;

export const AccountabilityLink = z.object({
  id: z.string(),
  source: z.string().describe('The customer unit: who asks, is contributed to, or depends'),
  target: z.string().describe('The performer unit: who performs, contributes, or supplies'),
  promises: z.number().int().describe('Promises made by the target to the source'),
  byPhase: PhaseCounts,
  contributions: z.number().int().describe("Target's promises contributing to the source's"),
  dependencies: z.object({
    total: z.number().int().describe("Source's promises depending on the target"),
    unacknowledged: z.number().int().describe('Not acknowledged by the supplier yet: a risk'),
    declined: z.number().int().describe('Refused by the supplier'),
  }),
});
export type AccountabilityLink = z.infer<typeof AccountabilityLink>;

/**
 * The map of a whole organization, summarised: one unit per team (a person counts with their home
 * team: the first they lead, else the first they belong to), and the links between units. Its size
 * grows with the teams, not with the promises.
 */
export const AccountabilitySummary = z.object({
  promises: z.number().int().describe('Live promises in scope'),
  units: z.array(AccountabilityUnit),
  links: z
    .array(AccountabilityLink)
    .describe(
      'The busiest links (promises, contributions and dependencies counted together) first; links within a unit have the same source and target',
    ),
  linksTotal: z.number().int().describe('How many links there are in all'),
  truncated: z.boolean().describe('True when fewer links are returned than there are'),
});
export type AccountabilitySummary = z.infer<typeof AccountabilitySummary>;

export const AccountabilityNode = z.object({ id: z.string(), party: PartyRef });
export const AccountabilityEdge = z.object({
  id: z.string(),
  promiseId: Id,
  source: z.string().describe('The customer node'),
  target: z.string().describe('The performer node'),
  horizon: z.object({ id: Id, name: z.string() }),
  title: z.string(),
  status: Status,
  phase: Phase,
});

/** Parties as nodes, each promise an edge from its customer to each performer. */
export const AccountabilityMap = z.object({
  nodes: z.array(AccountabilityNode),
  edges: z.array(AccountabilityEdge),
});
export type AccountabilityMap = z.infer<typeof AccountabilityMap>;

/** The most promises one page of a team's map holds: what a browser lays out and draws at once. */
export const MAX_TEAM_MAP_PAGE = 5000;

export const TeamAccountabilityParams = z.object({ teamId: Id });
export const TeamAccountabilityQuery = AccountabilityQuery.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_TEAM_MAP_PAGE).default(1000),
});

/** A team's part of the map: its promises (asked of it or by it, its people's too), a page at a time. */
export const TeamAccountabilityMap = AccountabilityMap.extend({
  team: PartyRef,
  total: z.number().int().describe("The team's live promises in scope"),
  page: z.number().int(),
  pageSize: z.number().int(),
  truncated: z.boolean().describe('True when this page holds fewer promises than the total'),
});
export type TeamAccountabilityMap = z.infer<typeof TeamAccountabilityMap>;
