import { expect } from 'vitest';
import type { Response } from './harness.js';

interface Probe {
  action: string;
  actor: string;
  where: string;
  can: boolean;
  status: number;
  message: unknown;
}

/**
 * Records, for each attempt of an action by an actor, what `can` promised and what the server did,
 * then checks they agree: the server accepts exactly what `can` offers. Collecting first and
 * checking at the end shows every disagreement at once, each with its refusal.
 */
export class Agreement {
  private readonly probes: Probe[] = [];

  record(action: string, actor: string, where: string, can: boolean, response: Response): void {
    const body = response.body as { error?: { message?: string } } | undefined;
    this.probes.push({
      action,
      actor,
      where,
      can,
      status: response.status,
      message: body?.error?.message ?? null,
    });
  }

  /** Every attempt agreed with `can`, and each action was both offered and refused somewhere. */
  expectAgreement(actions: readonly string[]): void {
    const disagreements = this.probes.filter((probe) => probe.can !== probe.status < 300);
    expect(disagreements).toEqual([]);
    for (const action of actions) {
      const tried = this.probes.filter((probe) => probe.action === action);
      expect(
        tried.some((probe) => probe.can),
        `${action} was offered to someone`,
      ).toBe(true);
      expect(
        tried.some((probe) => !probe.can),
        `${action} was refused to someone`,
      ).toBe(true);
    }
  }
}
