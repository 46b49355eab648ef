import type { CycleReview } from '../../../contract/cycle-review.js';
import { CountDonutFigure } from '../charts/count-donut-figure.js';

const outcomes = [
  { name: 'Satisfied', color: 'green.6', key: 'satisfied' },
  { name: 'Awaiting assessment', color: 'teal.4', key: 'awaitingAssessment' },
  { name: 'Sent back as not satisfying', color: 'red.5', key: 'sentBack' },
  { name: 'Still being kept', color: 'blue.5', key: 'beingKept' },
  { name: 'Still in negotiation', color: 'orange.4', key: 'inNegotiation' },
] as const satisfies ReadonlyArray<{ name: string; color: string; key: keyof CycleReview['outcomes'] }>;

/** How the cycle's promises ended up, with what was declined or ended alongside: every one, counted. */
export function ReviewOutcomeChart({ review }: { review: CycleReview }) {
  const rows = [
    ...outcomes.map((outcome) => ({
      name: outcome.name,
      color: outcome.color,
      value: review.outcomes[outcome.key],
    })),
    { name: 'Declined, withdrawn or revoked', color: 'gray.5', value: review.endedTotal },
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
