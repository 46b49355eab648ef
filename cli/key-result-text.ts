import type { Assessment } from '../contract/assessments.js';
import type { CheckIn, CheckInStatus, Progress } from '../contract/check-ins.js';
import type { KeyResultDefinition, KeyResultView } from '../contract/key-results.js';
import { type Column, formatPairs, formatTable, sanitize } from './output.js';
import { formatTime } from './promise-text.js';

/** How key results, check-ins and assessments read at the terminal. */

type FinalKeyResult = NonNullable<Assessment['satisfaction']>['keyResults'][number];
type Retrospective = Assessment['retrospectives'][number];

/** A key result with the number `accord kr list` shows it under, which `--kr N=…` takes. */
type Numbered<T> = T & { position: number };

const numbered = <T>(items: readonly T[]): Numbered<T>[] =>
  items.map((item, index) => ({ ...item, position: index + 1 }));

/** "40%": a share from 0 to 1, as people read it. */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;

/** "done", "not done", the decimal as entered, or a dash before the first check-in. */
export function formatValue(value: string | boolean | null): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  return value;
}

/** "increase 10 → 40 %", "stay within 95–99 %" or "milestone". */
export function describeKeyResult(definition: KeyResultDefinition): string {
  if (definition.kind === 'milestone') return 'milestone';
  const unit = definition.unit || (definition.unitKind === 'percent' ? '%' : '');
  const range =
    definition.direction === 'stay-within'
      ? `stay within ${definition.band.low}–${definition.band.high}`
      : `${definition.direction} ${definition.start} → ${definition.target}`;
  return unit ? `${range} ${unit}` : range;
}

const describeCheckInStatus = (status: CheckInStatus) => status.replace('-', ' ');

const describeScore = (score: number | null) =>
  score === null ? 'none: no condition of satisfaction is measured' : formatShare(score);

const progressColumns: readonly Column<Numbered<KeyResultView>>[] = [
  { header: '#', value: (keyResult) => String(keyResult.position) },
  { header: 'key result', value: (keyResult) => keyResult.text },
  { header: 'kind', value: (keyResult) => describeKeyResult(keyResult.definition) },
  { header: 'current', value: (keyResult) => formatValue(keyResult.current) },
  { header: 'progress', value: (keyResult) => formatShare(keyResult.progress) },
];

/** The score, the check-in timing and each key result: what `accord kr list` shows. */
export function formatProgress(progress: Progress): string {
  const latest = progress.confidence.at(-1);
  const pairs: (readonly [string, string])[] = [['Score', describeScore(progress.score)]];
  if (progress.rolledUpScore !== null && progress.rolledUpScore !== progress.score) {
    pairs.push(['Rolled up', `${formatShare(progress.rolledUpScore)} with the promises contributing to it`]);
  }
  if (progress.lastCheckInAt !== null && latest) {
    pairs.push([
      'Last check-in',
      `${formatTime(progress.lastCheckInAt)}: confidence ${latest.confidence}/10, ${describeCheckInStatus(latest.status)}`,
    ]);
  }
  if (progress.nextCheckInDue !== null) {
    const overdue = progress.isStale ? ' (overdue)' : '';
    pairs.push(['Next check-in due', `${formatTime(progress.nextCheckInDue)}${overdue}`]);
  }
  const keyResults =
    progress.keyResults.length > 0
      ? formatTable(numbered(progress.keyResults), progressColumns)
      : 'No key results: none of its conditions of satisfaction is measured.';
  return [formatPairs(pairs), keyResults].join('\n\n');
}

/** What `accord checkin` says: the check-in as recorded, then where the promise stands now. */
export function formatCheckIn(checkIn: CheckIn, progress: Progress): string {
  const pairs: (readonly [string, string])[] = [
    ['Confidence', `${checkIn.confidence}/10`],
    ['Status', describeCheckInStatus(checkIn.status)],
    ...(checkIn.note ? [['Note', checkIn.note] as const] : []),
    ...(checkIn.blockers ? [['Blockers', checkIn.blockers] as const] : []),
  ];
  return [`Checked in at ${formatTime(checkIn.at)}.`, formatPairs(pairs), formatProgress(progress)].join(
    '\n\n',
  );
}

const finalColumns: readonly Column<Numbered<FinalKeyResult>>[] = [
  { header: '#', value: (keyResult) => String(keyResult.position) },
  { header: 'key result', value: (keyResult) => keyResult.text },
  { header: 'final', value: (keyResult) => formatValue(keyResult.final) },
  { header: 'score', value: (keyResult) => formatShare(keyResult.score) },
];

/** The customer's latest declaration with the final scores it kept, and both sides' retrospectives. */
export function formatAssessment(assessment: Assessment): string {
  const { satisfaction } = assessment;
  const sections: string[] = [];
  if (satisfaction === null) {
    sections.push('Not assessed yet: the customer has not declared satisfied or dissatisfied.');
  } else {
    const verdict = satisfaction.satisfied ? 'satisfied' : 'dissatisfied';
    sections.push(
      formatPairs([
        [
          'Assessment',
          `${verdict}, declared by ${satisfaction.person.name} at ${formatTime(satisfaction.at)}`,
        ],
        ...(assessment.declarations > 1
          ? [['Declarations', `${assessment.declarations}; this is the latest`] as const]
          : []),
        ...(satisfaction.note ? [['Note', satisfaction.note] as const] : []),
        ['Final score', describeScore(satisfaction.score)],
      ]),
    );
    if (satisfaction.keyResults.length > 0) {
      sections.push(formatTable(numbered(satisfaction.keyResults), finalColumns));
    }
  }
  if (assessment.retrospectives.length > 0) {
    sections.push(`Retrospectives\n${assessment.retrospectives.map(formatRetrospective).join('\n\n')}`);
  }
  return sections.join('\n\n');
}

function formatRetrospective(retrospective: Retrospective): string {
  const pairs = formatPairs(
    [
      ...(retrospective.wentWell ? [['Went well', flatten(retrospective.wentWell)] as const] : []),
      ...(retrospective.toChange ? [['To change', flatten(retrospective.toChange)] as const] : []),
    ],
    '    ',
  );
  const by = `${retrospective.person.name} (${retrospective.side}) at ${formatTime(retrospective.at)}`;
  return `  ${sanitize(by)}\n${pairs}`;
}

/** Several lines of text on one, so the labels stay aligned. */
const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
