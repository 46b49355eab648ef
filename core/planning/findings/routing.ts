import type { PartyIdentity } from '../../promises/participation.js';
import type { Status } from '../../promises/state.js';
import { distinctIds, type Finding, type FindingCode } from './finding.js';

/**
 * Where a finding leads: who should talk to whom, and the move that would settle it. The kinds
 * only see promises and teams; routing turns them into parties and a next move, from what each
 * involved promise's customer and performers are.
 */
export const SUGGESTED_ACTS = ['ask', 'renegotiate', 'acknowledge', 'answer', 'assess', 'replan'] as const;
export type SuggestedAct = (typeof SUGGESTED_ACTS)[number];

/** The protocol move a suggested act opens on the promise page, when there is one. */
export type PrefilledMove = 'comment' | 'renegotiate' | 'decline' | 'declare-satisfied';

export interface SuggestedMove {
  act: SuggestedAct;
  /** The promise whose page holds the move, or null when the move is not on a promise (a plan). */
  promiseId: string | null;
  /** What the move's form starts with. */
  prefill: { move?: PrefilledMove; text?: string; reason?: 'capacity' };
}

export interface FindingParties {
  /** Who should start the conversation. */
  from: PartyIdentity[];
  /** Whom they should talk to. */
  to: PartyIdentity[];
}

export interface RoutedFinding<Code extends FindingCode = FindingCode> extends Finding<Code> {
  /** Every person and team of the conversation: the parties, and the teams the finding names. */
  personIds: string[];
  parties: FindingParties;
  suggestedMove: SuggestedMove;
  /** The cycles of the promises involved, or the cycle a planning finding is about. */
  cycleIds: string[];
}

/** What routing needs of a promise. */
export interface PromiseRoute {
  id: string;
  cycleId: string;
  status: Status;
  customer: PartyIdentity;
  performers: readonly PartyIdentity[];
  /** The side whose move it is, when known. */
  awaiting?: 'customer' | 'performer' | null;
}

export interface RoutingContext {
  promise(id: string): PromiseRoute | undefined;
  /** The teams that lead the organization: they own the direction and approve plans. */
  leadershipTeamIds: readonly string[];
}

/** A path parameter stays under 100 characters, so longer keys (long loops) become a digest. */
const MAX_KEY_LENGTH = 96;

/** The key as stored and addressed: itself when short, else its code and a stable digest. */
export function compactKey(key: string, code: FindingCode): string {
  if (key.length <= MAX_KEY_LENGTH) return key;
  return `${code}:#${fnv1a(key, 0x811c9dc5)}${fnv1a(key, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const team = (id: string): PartyIdentity => ({ type: 'team', id });

function distinctParties(parties: readonly PartyIdentity[]): PartyIdentity[] {
  const seen = new Map<string, PartyIdentity>();
  for (const party of parties) seen.set(`${party.type}:${party.id}`, party);
  return [...seen.values()];
}

const proposed: readonly Status[] = ['requested', 'offered', 'countered'];

/** Parties, next move and people of a finding, from its code and its promises. */
export function routeFinding<Code extends FindingCode>(
  finding: Finding<Code> & { cycleId?: string; dependencyId?: string },
  context: RoutingContext,
): RoutedFinding<Code> {
  const promises = finding.promiseIds
    .map((id) => context.promise(id))
    .filter((p): p is PromiseRoute => p !== undefined);
  const [first, second] = promises;
  const performers = (p: PromiseRoute | undefined) => [...(p?.performers ?? [])];
  const customer = (p: PromiseRoute | undefined) => (p ? [p.customer] : []);
  const teams = finding.teamIds.map(team);
  const leadership = context.leadershipTeamIds.map(team);
  const move = (
    act: SuggestedAct,
    promise: PromiseRoute | undefined,
    prefill: SuggestedMove['prefill'] = {},
  ) => ({
    act,
    promiseId: promise?.id ?? null,
    prefill,
  });

  let parties: FindingParties;
  let suggestedMove: SuggestedMove;
  switch (finding.code) {
    case 'dependency-loop':
    case 'opposite-targets':
      parties = { from: performers(first), to: performers(second ?? first) };
      suggestedMove = move('renegotiate', first, { move: 'comment', text: finding.message });
      break;
    case 'unacknowledged-dependency':
      parties = { from: performers(first), to: teams.length > 0 ? teams : performers(second) };
      suggestedMove = move('acknowledge', first);
      break;
    case 'declined-dependency':
      parties = { from: performers(first), to: customer(first) };
      suggestedMove = move('replan', first, { move: 'renegotiate' });
      break;
    case 'supplier-due-after-dependent':
      parties = { from: performers(first), to: performers(second) };
      suggestedMove = move('renegotiate', second, { move: 'renegotiate' });
      break;
    case 'risk-from-supplier':
      // The dependent's customer is counted on it too: the risk reaches both of its sides.
      parties = { from: [...performers(first), ...customer(first)], to: performers(second) };
      suggestedMove = move('ask', second, {
        move: 'comment',
        text: 'Is this still on track? Our promise depends on it.',
      });
      break;
    case 'contributes-to-nothing':
    case 'investment-without-justification':
      parties = { from: performers(first), to: customer(first) };
      suggestedMove = move('replan', first);
      break;
    case 'uncovered-promise':
      parties = { from: performers(first), to: customer(first) };
      suggestedMove = move('ask', first);
      break;
    case 'team-over-capacity':
      parties = { from: teams, to: promises.flatMap(customer) };
      suggestedMove = move('renegotiate', promises.find((p) => p.status === 'promised') ?? first, {
        move: 'renegotiate',
      });
      break;
    case 'team-over-capacity-if-pending-accepted':
      parties = { from: teams, to: promises.filter((p) => proposed.includes(p.status)).flatMap(customer) };
      suggestedMove = move('answer', promises.find((p) => proposed.includes(p.status)) ?? first, {
        move: 'decline',
        reason: 'capacity',
      });
      break;
    case 'stale-check-in':
      parties = { from: customer(first), to: performers(first) };
      suggestedMove = move('ask', first, {
        move: 'comment',
        text: 'Could you check in: values, confidence and blockers?',
      });
      break;
    case 'unassessed-completion':
      parties = { from: customer(first), to: performers(first) };
      suggestedMove = move('assess', first, { move: 'declare-satisfied' });
      break;
    case 'unanswered-ask':
      if (finding.dependencyId !== undefined) {
        // A dependency's ask: the dependent's performers chase the supplier, who acknowledges.
        parties = { from: performers(first), to: teams.length > 0 ? teams : performers(second) };
        suggestedMove = move('acknowledge', first);
        break;
      }
      // The asker chases the answer the awaited side owes, and the move is that answer.
      parties =
        first?.awaiting === 'customer'
          ? { from: performers(first), to: customer(first) }
          : { from: customer(first), to: performers(first) };
      suggestedMove = move('answer', first);
      break;
    case 'declined-not-replanned':
      parties = { from: customer(first), to: promises.slice(1).flatMap(customer) };
      suggestedMove = move('replan', second ?? first, second ? { move: 'renegotiate' } : {});
      break;
    default:
      // Planning deadlines: leadership and the late teams.
      parties = { from: leadership, to: teams.length > 0 ? teams : leadership };
      suggestedMove = move(finding.code === 'approval-missed' ? 'answer' : 'replan', undefined);
  }
  parties = { from: distinctParties(parties.from), to: distinctParties(parties.to) };
  const all = [...parties.from, ...parties.to];
  return {
    ...finding,
    key: compactKey(finding.key, finding.code),
    teamIds: distinctIds([...finding.teamIds, ...all.filter((p) => p.type === 'team').map((p) => p.id)]),
    personIds: distinctIds(all.filter((p) => p.type === 'person').map((p) => p.id)),
    parties,
    suggestedMove,
    cycleIds: distinctIds([...promises.map((p) => p.cycleId), finding.cycleId]),
  };
}
