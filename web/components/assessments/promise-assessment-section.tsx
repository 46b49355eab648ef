import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { PromiseDetail } from '../../../contract/promises.js';
import { isUnsettled, mayRetrospect } from '../../../core/promises/index.js';
import { useAssessment } from '../../api/assessments.js';
import { LoadError } from '../query-state.js';
import { RetrospectiveForm } from './retrospective-form.js';
import { RetrospectiveList } from './retrospective-list.js';
import { SatisfactionSummary } from './satisfaction-summary.js';

/**
 * Still being negotiated (unsettled): nothing to assess and no retrospective yet. Once a
 * retrospective may be written (Q4 Assess, and the promises that ended), the section shows even
 * before anyone has written anything.
 */
const isAlwaysShown = mayRetrospect;

/**
 * Q4 Assess: the customer's satisfaction with each key result's final value and score, both sides'
 * retrospectives, and the forms to write them. Mounted on the promise page; it fetches what it shows.
 */
export function PromiseAssessmentSection({ promise }: { promise: PromiseDetail }) {
  if (isUnsettled(promise.status)) return null;
  return <AssessmentOfPromise promise={promise} />;
}

function AssessmentOfPromise({ promise }: { promise: PromiseDetail }) {
  const assessment = useAssessment(promise.id);
  // The side a retrospective is written as; whether one may be written is the server's to say.
  const side = promise.mySides.find((s) => s === 'customer' || s === 'performer');
  const canAssess = promise.can.assess;
  const canWriteRetrospective = promise.can.writeRetrospective && side !== undefined;

  if (assessment.isPending) {
    if (!isAlwaysShown(promise.status)) return null;
    return (
      <Center py="xl" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text ml="sm">Loading the assessment…</Text>
      </Center>
    );
  }
  if (assessment.error) {
    return (
      <LoadError
        title="The assessment could not be loaded"
        error={assessment.error}
        onRetry={() => assessment.refetch()}
      />
    );
  }
  const { satisfaction, declarations, retrospectives } = assessment.data;
  const hasAnything = satisfaction !== null || retrospectives.length > 0;
  if (!hasAnything && !isAlwaysShown(promise.status)) return null;

  return (
    <section aria-labelledby="assessment-heading">
      <Title order={2} size="h3" id="assessment-heading" mb="md">
        Assessment
      </Title>
      <Stack gap="lg">
        {/* The assessment form itself leads the page, in the "Your move" panel. */}
        {satisfaction ? (
          <SatisfactionSummary
            satisfaction={satisfaction}
            declarations={declarations}
            conditions={promise.terms.conditions}
          />
        ) : canAssess ? (
          <Text c="dimmed">Your assessment is asked for at the top of the page, under “Your move”.</Text>
        ) : (
          <Text c="dimmed">
            {promise.status === 'reported'
              ? `The performer reported the promise complete; ${promise.customer.name} has not assessed it yet.`
              : 'The customer has not assessed this promise.'}
          </Text>
        )}
        <section aria-labelledby="retrospectives-heading">
          <Title order={3} size="h4" id="retrospectives-heading" mb="sm">
            Retrospectives
          </Title>
          <RetrospectiveList retrospectives={retrospectives} />
        </section>
        {canWriteRetrospective && <RetrospectiveForm promiseId={promise.id} side={side} />}
      </Stack>
    </section>
  );
}
