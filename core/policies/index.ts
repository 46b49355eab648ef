/**
 * Policies: who may do what, for every action that is not a move of the promise protocol. Pure
 * functions over plain facts; `decide` refuses with a reason, `can` lists what the viewer may do.
 */
export { mayManage, mayWrite } from './checks.js';
export { can, cannot, decide } from './decide.js';
export type * from './facts.js';
export { isUnfinished, mayEnd, movesInCycle, promiseFacts } from './promise-facts.js';
export {
  type Decision,
  type PolicyRefusal,
  type PolicyRefusalCode,
  policyRefusalCodes,
} from './refusal.js';
export { rolesToGive, rolesToInvite } from './role-choices.js';
export { type ActionOf, type Policies, policies } from './table.js';
