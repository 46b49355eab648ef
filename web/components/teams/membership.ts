import type { PartyRef } from '../../../contract/parties.js';
import { useSignedInMe } from '../../api/me.js';
import { useTeams } from '../../api/teams.js';

/**
 * Which parties the signed-in person speaks for, as far as the web app can tell from the teams'
 * members. It only decides which buttons to show: the server decides what is allowed.
 */
export function useMembership() {
  const personId = useSignedInMe().person.id;
  const teams = useTeams().data ?? [];
  const memberOf = (teamId: string) =>
    teams.find((team) => team.id === teamId)?.members.find((member) => member.personId === personId);
  return {
    personId,
    isIn: (party: Pick<PartyRef, 'type' | 'id'>) =>
      party.type === 'person' ? party.id === personId : memberOf(party.id) !== undefined,
    isLeadOf: (teamId: string) => memberOf(teamId)?.isLead === true,
  };
}
