/**
 * What a findings pass hands back, in a module of its own: the service context names the computer,
 * and importing the findings service from the context would make an import cycle.
 */

/**
 * A finding as a pass computed it: its key and its body as the record keeps it (JSON text). The text
 * is made where the finding is computed, so that the server's thread neither copies nor writes out
 * each finding, and parses only those whose record changes.
 */
export interface ComputedFinding {
  key: string;
  body: string;
}

/** The findings a pass computed, and what loading the plan and computing them took (ms). */
export interface ComputedFindings {
  findings: ComputedFinding[];
  loadMs: number;
  computeMs: number;
  /**
   * What the worker compared with the records as of the last pass it saw (`passAt`): the keys of
   * the findings it found recorded, not resolved, reading the same. The server's thread trusts it
   * while no other pass has been recorded since, and reads then only the records that change.
   */
  compared?: { passAt: string | undefined; unchanged: string[] };
}

/** Computes an organization's findings as of `now`: here, or in the findings worker. */
export type FindingsComputer = (organizationId: string, now: Date) => Promise<ComputedFindings>;
