import type { z } from 'zod';
import type { CheckInValueInput, Progress } from '../contract/check-ins.js';
import type { KeyResultView } from '../contract/key-results.js';
import { parseDecimal } from '../core/scoring/index.js';
import { CliError, usageError } from './errors.js';
import { describeKeyResult } from './key-result-text.js';

/**
 * What `accord checkin --kr KR=VALUE` means. KR names a key result by its condition id, its
 * number in `accord kr list`, or the start of its text; VALUE is a decimal for a metric and
 * done / not-done for a milestone.
 */

export const KEY_RESULT_SYNTAX = [
  "KR is a key result's number as 'accord kr list' shows it, its condition id, or the start of",
  'its text (any case). VALUE is a number such as 12.5 for a metric, and done or not-done',
  '(also yes/no, true/false) for a milestone.',
].join('\n');

type CheckInValue = z.infer<typeof CheckInValueInput>;

/** One `--kr`, split but not yet matched to a key result. */
export interface KeyResultEntry {
  /** As typed, to quote back in messages. */
  readonly text: string;
  readonly key: string;
  readonly value: string;
}

const DONE: Readonly<Record<string, boolean>> = {
  done: true,
  yes: true,
  true: true,
  'not-done': false,
  no: false,
  false: false,
};

/** `1=40` or `signups=40`; split at the last '=', since a text may hold one but a value never does. */
export function parseKeyResultEntry(text: string): KeyResultEntry {
  const at = text.lastIndexOf('=');
  const key = text.slice(0, Math.max(at, 0)).trim();
  const value = text.slice(at + 1).trim();
  if (at === -1 || !key || !value) {
    throw usageError(`--kr '${text}' is not KR=VALUE`, 'For example --kr 1=40 or --kr "launch page=done".');
  }
  return { text, key, value };
}

/** The values of a check-in, each checked against the kind of key result it is for. */
export function checkInValues(progress: Progress, entries: readonly KeyResultEntry[]): CheckInValue[] {
  const given = new Map<string, KeyResultEntry>();
  return entries.map((entry) => {
    const keyResult = findKeyResult(progress, entry.key);
    const earlier = given.get(keyResult.conditionId);
    if (earlier) {
      throw usageError(
        `--kr ${earlier.text} and --kr ${entry.text} are both for "${keyResult.text}"; give it once`,
      );
    }
    given.set(keyResult.conditionId, entry);
    return checkInValue(keyResult, entry);
  });
}

/** By id, then by number, then by text: whole text first, else a prefix only one text has. */
export function findKeyResult(progress: Progress, key: string): KeyResultView {
  const { keyResults } = progress;
  const listHint = `Run 'accord kr list ${progress.promiseId}' to see them, numbered.`;
  if (keyResults.length === 0) {
    throw new CliError('unresolved', 'this promise has no key results: none of its conditions is measured', {
      hint: 'Check in with --confidence and --status alone, or agree measured conditions first.',
    });
  }
  const byId = keyResults.find((keyResult) => keyResult.conditionId === key);
  if (byId) return byId;
  if (/^\d+$/.test(key)) {
    const byPosition = keyResults[Number(key) - 1];
    if (byPosition) return byPosition;
    const count = keyResults.length === 1 ? 'only 1' : `${keyResults.length}`;
    throw new CliError('unresolved', `there is no key result ${key}: the promise has ${count}`, {
      hint: listHint,
    });
  }
  const wanted = key.toLowerCase();
  const whole = keyResults.filter((keyResult) => keyResult.text.toLowerCase() === wanted);
  const matching =
    whole.length > 0
      ? whole
      : keyResults.filter((keyResult) => keyResult.text.toLowerCase().startsWith(wanted));
  const [only, ...others] = matching;
  if (only && others.length === 0) return only;
  if (!only) throw new CliError('unresolved', `no key result starts with '${key}'`, { hint: listHint });
  const list = matching
    .map((keyResult) => `  ${keyResults.indexOf(keyResult) + 1}. ${keyResult.text}`)
    .join('\n');
  throw new CliError('unresolved', `'${key}' could be any of ${matching.length} key results:\n${list}`, {
    hint: 'Name one by its number, or by more of its text.',
  });
}

function checkInValue(keyResult: KeyResultView, entry: KeyResultEntry): CheckInValue {
  const { conditionId, definition } = keyResult;
  const measuredAs = `"${keyResult.text}" is measured as: ${describeKeyResult(definition)}.`;
  if (definition.kind === 'milestone') {
    const done = DONE[entry.value.toLowerCase().replace(/[\s_]+/g, '-')];
    if (done === undefined) {
      throw usageError(
        `--kr ${entry.text}: a milestone is done or not-done, not '${entry.value}'`,
        measuredAs,
      );
    }
    return { conditionId, done };
  }
  const parsed = parseDecimal(entry.value);
  if (!parsed.ok) throw usageError(`--kr ${entry.text}: ${lowerFirst(parsed.refusal.message)}`, measuredAs);
  return { conditionId, value: parsed.text };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
