import { PHASES, type Phase } from './phase.js';
import type { Status } from './state.js';

/** How a phase stands for one promise: gone through, where it is, still ahead, or never reached. */
export type PhaseStep = 'done' | 'current' | 'ahead' | 'skipped';

/**
 * The phases a promise has gone through, for its stepper. A promise that ended early went through
 * only the phases before its end: a declined one never reached Execute or Assess, so those read
 * "skipped", not "done". `wasAgreed` says whether the terms were ever agreed (a withdrawal may come
 * before or after), which the status alone does not tell.
 */
export function phaseSteps(
  promise: { status: Status; phase: Phase },
  wasAgreed: boolean,
): ReadonlyArray<{ phase: Phase; step: PhaseStep }> {
  const current = PHASES.indexOf(promise.phase);
  const lastReached = lastPhaseReached(promise.status, wasAgreed);
  const reached = lastReached === null ? current : PHASES.indexOf(lastReached);
  return PHASES.map((phase, index) => {
    if (index === current) return { phase, step: 'current' };
    if (index > current) return { phase, step: 'ahead' };
    return { phase, step: index <= reached ? 'done' : 'skipped' };
  });
}

/** The last phase an ended promise went through before it closed; null when it ran its course or is open. */
function lastPhaseReached(status: Status, wasAgreed: boolean): Phase | null {
  switch (status) {
    case 'discarded':
      return 'listen';
    case 'declined':
      return 'negotiate';
    case 'revoked':
      return 'execute';
    case 'withdrawn':
    case 'ended':
      return wasAgreed ? 'execute' : 'negotiate';
    default:
      return null;
  }
}
