import { type PromiseReviews, ReviewRole } from '../../contract/draft-reviews.js';
import * as endpoints from '../../contract/endpoints/draft-reviews.js';
import type { Party, PartyRef } from '../../contract/parties.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import type { AccordClient } from '../http.js';
import { oneOf } from '../option-values.js';
import { type Column, formatTable } from '../output.js';
import { readPromise } from '../promise-calls.js';
import { formatTime, indentLines, partyName } from '../promise-text.js';
import { defineGroup } from '../registry.js';
import { resolvePersonName, resolveTeamName } from '../resolve-names.js';

type ReviewRequest = PromiseReviews['requests'][number];
type Question = PromiseReviews['questions'][number];

const requestColumns: readonly Column<ReviewRequest>[] = [
  { header: 'reviewer', value: (request) => partyName(request.reviewer) },
  { header: 'role', value: (request) => request.role },
  { header: 'asked', value: (request) => formatTime(request.requestedAt) },
  {
    header: 'reviewed',
    value: (request) => (request.reviewedAt ? formatTime(request.reviewedAt) : 'not yet'),
  },
];

const questionColumns: readonly Column<Question>[] = [
  { header: 'question', value: (question) => question.text },
  { header: 'asked by', value: (question) => question.askedBy.name },
  { header: 'answer', value: (question) => question.answer ?? '(unanswered)' },
];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Whether the draft or proposal has been round its reviewers, and if not what is missing. */
function describeRoundTrip({ requests, roundTrip }: PromiseReviews): string {
  if (roundTrip.isComplete) return `complete: reviewed by ${roundTrip.reviewedBy.join(', ')}`;
  if (requests.length === 0) return 'not started: nobody has been asked to review it';
  return `not complete: ${plural(roundTrip.pendingReviews, 'review')} pending, ${plural(roundTrip.openQuestions, 'open question')}`;
}

/** The flag that names a suggested reviewer, by id so that it is never ambiguous. */
const reviewerFlag = (reviewer: PartyRef) => `--${reviewer.type} ${reviewer.id}`;

function formatReviews(reviews: PromiseReviews, title: string, headline?: string): string {
  const open = reviews.questions.filter((question) => question.resolvedAt === null);
  const sections = [
    headline ?? `Reviews of '${title}'`,
    `Round trip  ${describeRoundTrip(reviews)}`,
    reviews.requests.length > 0
      ? `Reviewers\n${indentLines(formatTable(reviews.requests, requestColumns))}`
      : 'Reviewers\n  None yet.',
    open.length > 0
      ? `Open questions\n${indentLines(formatTable(open, questionColumns))}`
      : 'Open questions\n  None.',
  ];
  if (reviews.suggested.length > 0) {
    const lines = reviews.suggested.map(
      ({ reviewer, role }) =>
        `${partyName(reviewer)} as ${role}: accord review request ${reviews.promiseId} ${reviewerFlag(reviewer)} --role ${role}`,
    );
    sections.push(`Suggested reviewers\n${indentLines(lines.join('\n'))}`);
  }
  return sections.join('\n\n');
}

const requestReview = defineCommand({
  path: ['review', 'request'],
  summary: 'Share a draft or open proposal with a reviewer: a peer, supplier, consumer or manager',
  description: [
    'The customer or the performer shares it; the reviewer may then read it, comment and raise',
    'questions. Its round trip is complete once every reviewer asked has reviewed it and every',
    "question is resolved. --team takes a team's name or id; --person an email, a name or an id.",
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  options: {
    team: { type: 'string', valueName: 'TEAM', description: 'The team to ask for a review' },
    person: { type: 'string', valueName: 'EMAIL', description: 'Or the person to ask' },
    role: {
      type: 'string',
      valueName: 'ROLE',
      description: `What the reviewer is to the promise: ${ReviewRole.options.join(', ')} (default peer)`,
    },
  },
  examples: [
    'accord review request 0190e4c2-… --team Design',
    'accord review request 0190e4c2-… --team Platform --role supplier',
    'accord review request 0190e4c2-… --person grace@example.com --role manager',
  ],
  async run({ args, options, connect, out }) {
    const reviewer = reviewerSpec(options);
    const role = options.role === undefined ? 'peer' : oneOf(options.role, ReviewRole.options, '--role');
    const client = await connect();
    const promise = await readPromise(client, args.id);
    const { party, name } = await resolveReviewer(client, reviewer);
    const reviews = await client.call(endpoints.requestReview, {
      params: { id: promise.id },
      body: { reviewer: party, role },
    });
    out.print(reviews, () =>
      formatReviews(reviews, promise.title, `You asked ${name} to review '${promise.title}' as ${role}.`),
    );
  },
});

type ReviewerSpec = { type: 'team' | 'person'; text: string };

/** Exactly one of --team and --person names the reviewer. */
function reviewerSpec(options: { team: string | undefined; person: string | undefined }): ReviewerSpec {
  if (options.team !== undefined && options.person !== undefined) {
    throw usageError('use either --team or --person, not both');
  }
  if (options.team !== undefined) return { type: 'team', text: options.team };
  if (options.person !== undefined) return { type: 'person', text: options.person };
  throw usageError('accord review request needs --team TEAM or --person EMAIL: who reviews it');
}

async function resolveReviewer(
  client: AccordClient,
  reviewer: ReviewerSpec,
): Promise<{ party: Party; name: string }> {
  if (reviewer.type === 'team') {
    const team = await resolveTeamName(client, reviewer.text, '--team');
    return { party: { type: 'team', id: team.id }, name: `${team.name} (team)` };
  }
  const person = await resolvePersonName(client, reviewer.text, '--person');
  return { party: { type: 'person', id: person.id }, name: person.name };
}

const showReviews = defineCommand({
  path: ['review', 'show'],
  summary: "Show a promise's reviewers, open questions and whether its round trip is complete",
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  examples: ['accord review show 0190e4c2-…', 'accord review show 0190e4c2-… --json'],
  async run({ args, connect, out }) {
    const client = await connect();
    const promise = await readPromise(client, args.id);
    const reviews = await client.call(endpoints.getReviews, { params: { id: promise.id } });
    out.print(reviews, () => formatReviews(reviews, promise.title));
  },
});

export const review = defineGroup('review', 'Reviews: sharing drafts and proposals before they are agreed', [
  requestReview,
  showReviews,
]);
