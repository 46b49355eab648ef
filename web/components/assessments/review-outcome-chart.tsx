import type { CycleReview } from '../../../contract/cycle-review.js';
import { isProposed } from '../../../core/promises/index.js';
import { CountDonutFigure } from '../charts/count-donut-figure.js';

type Entry = CycleReview['kept'][number];

const outcomes = [
  { name: 'Satisfied', color: 'green.6', matches: (e: Entry) => e.promise.status === 'satisfied' },
  { name: 'Awaiting assessment', color: 'teal.4', matches: (e: Entry) => e.promise.status === 'reported' },
  {
    name: 'Sent back as not satisfying',
    color: 'red.5',
    matches: (e: Entry) => e.promise.status === 'promised' && e.satisfaction?.satisfied === false,
  },
  {
    name: 'Still being kept',
    color: 'blue.5',
    matches: (e: Entry) => e.promise.status === 'promised' && e.satisfaction?.satisfied !== false,
  },
  {
    name: 'Still in negotiation',
    color: 'orange.4',
    matches: (e: Entry) => isProposed(e.promise.status),
  },
] as const;

/** How the cycle's promises ended up, with what was declined or ended alongside. */
export function ReviewOutcomeChart({ review }: { review: CycleReview }) {
  const rows = [
    ...outcomes.map((outcome) => ({
      name: outcome.name,
      color: outcome.color,
      value: review.kept.filter(outcome.matches).length,
    })),
    { name: 'Declined, withdrawn or revoked', color: 'gray.5', value: review.ended.length },
  ];
  return (
    <CountDonutFigure
      caption="Outcomes"
      description="Every promise of the cycle, by how it ended up"
      slices={rows}
      kindHeader="Outcome"
      totalLabel="in all"
      emptyMessage="No promise was made in this cycle"
    />
  );
}
