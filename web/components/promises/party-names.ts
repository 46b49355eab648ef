import type { PartyRef } from '../../../contract/parties.js';

/** "Ada Okafor, Board" */
export function partyNames(parties: readonly PartyRef[]): string {
  return parties.map((party) => party.name).join(', ');
}
