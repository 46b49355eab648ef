import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldMessage } from '../../../contract/common.js';
import { type PromiseReviews, RequestReviewBody } from '../../../contract/draft-reviews.js';
import { REVIEW_ROLES, type ReviewRole } from '../../../core/planning/index.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useCompleteReview, useRequestReview } from '../../api/draft-reviews.js';
import { reviewRoleLabels } from '../cycles/cycle-labels.js';
import { formatInstantDay } from '../format.js';
import { contractValidator } from '../forms/contract-validator.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { partyOfValue, partyValue } from '../promises/party-options.js';
import { usePartyOptions } from '../promises/use-party-options.js';
import { FormError } from '../query-state.js';

const isRole = (value: string | null): value is ReviewRole => value !== null && value in reviewRoleLabels;

/** Who was asked to review, whether they have, and (for a reviewer) the button that says so. */
export function ReviewRequests({ promiseId, reviews }: { promiseId: string; reviews: PromiseReviews }) {
  const complete = useCompleteReview(promiseId);
  if (reviews.requests.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Caption>Reviewers asked</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Reviewer</Table.Th>
            <Table.Th scope="col">As</Table.Th>
            <Table.Th scope="col">Asked</Table.Th>
            <Table.Th scope="col">Review</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Th scope="row">{request.reviewer.name}</Table.Th>
              <Table.Td>{reviewRoleLabels[request.role]}</Table.Td>
              <Table.Td>{formatInstantDay(request.requestedAt)}</Table.Td>
              <Table.Td>
                {request.reviewedAt ? (
                  <Badge color="green" variant="light" tt="none">
                    Reviewed {formatInstantDay(request.reviewedAt)}
                  </Badge>
                ) : request.can.complete ? (
                  <Button
                    size="xs"
                    aria-label={`Mark my review done for ${request.reviewer.name}`}
                    loading={complete.isPending && complete.variables === request.id}
                    onClick={() =>
                      complete.mutate(request.id, {
                        onSuccess: () => notifySuccess('Your review is marked done'),
                        onError: (error) => notifyFailure('Could not mark the review done', error),
                      })
                    }
                  >
                    Mark my review done
                  </Button>
                ) : (
                  <Badge color="yellow" variant="light" tt="none">
                    Pending
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One click asks a reviewer the dependencies and the customer suggest. */
export function SuggestedReviewers({ promiseId, reviews }: { promiseId: string; reviews: PromiseReviews }) {
  const request = useRequestReview(promiseId);
  if (reviews.suggested.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600} id="suggested-reviewers">
        Suggested reviewers
      </Text>
      <Group gap="xs" role="group" aria-labelledby="suggested-reviewers">
        {reviews.suggested.map(({ reviewer, role }) => (
          <Button
            key={partyValue(reviewer)}
            size="xs"
            variant="light"
            leftSection={<IconSend size={14} aria-hidden="true" />}
            loading={request.isPending && request.variables?.reviewer.id === reviewer.id}
            onClick={() =>
              request.mutate(
                { reviewer: { type: reviewer.type, id: reviewer.id }, role },
                {
                  onSuccess: () => notifySuccess(`${reviewer.name} is asked to review`),
                  onError: (error) => notifyFailure(`Could not ask ${reviewer.name}`, error),
                },
              )
            }
          >
            Ask {reviewer.name} ({reviewRoleLabels[role].toLowerCase()})
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

/** The request the form's values make; no reviewer chosen yet is left out, so the contract asks for one. */
function toRequestReviewBody(values: { reviewer: string | null; role: ReviewRole }) {
  return { reviewer: (values.reviewer && partyOfValue(values.reviewer)) ?? undefined, role: values.role };
}

/** A reviewer's issue, whichever part of the party it concerns, shows on the one input that picks it. */
const validateRequest = contractValidator(RequestReviewBody, toRequestReviewBody, (path) =>
  path.startsWith('reviewer') ? 'reviewer' : path,
);

/** Shares the draft or proposal with any team or person, as a peer, supplier, consumer or manager. */
export function RequestReviewForm({ promiseId, reviews }: { promiseId: string; reviews: PromiseReviews }) {
  const request = useRequestReview(promiseId);
  const [reviewer, setReviewer] = useState<string | null>(null);
  const parties = usePartyOptions(reviewer ? [reviewer] : []);
  const [role, setRole] = useState<ReviewRole>('peer');
  const [reviewerError, setReviewerError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = new Set(reviews.requests.map((r) => partyValue(r.reviewer)));
  const data = parties.data.map((group) => ({
    group: group.group,
    items: group.items.filter((item) => !asked.has(item.value)),
  }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems = validateRequest({ reviewer, role });
    setReviewerError(problems.reviewer ?? null);
    if (Object.keys(problems).length > 0) return;
    request.mutate(RequestReviewBody.parse(toRequestReviewBody({ reviewer, role })), {
      onSuccess: () => {
        setReviewer(null);
        notifySuccess('The review is requested');
      },
      onError: (failure) => {
        const issue =
          failure instanceof ApiError ? failure.issues.find((i) => i.path.startsWith('reviewer')) : undefined;
        if (issue) setReviewerError(fieldMessage(issue.message));
        else setError(errorMessage(failure));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Request a review">
      <Stack gap="xs">
        <Group align="flex-start" gap="sm">
          <Select
            label="Reviewer"
            placeholder={parties.isPending ? 'Loading teams and people…' : 'A team or a person'}
            data={data}
            {...parties.search}
            value={reviewer}
            onChange={(value) => {
              setReviewer(value);
              setReviewerError(null);
            }}
            searchable
            nothingFoundMessage="Nobody by that name"
            error={reviewerError}
            w={280}
          />
          <Select
            label="Reviews as"
            data={REVIEW_ROLES.map((value) => ({ value, label: reviewRoleLabels[value] }))}
            value={role}
            onChange={(value) => isRole(value) && setRole(value)}
            allowDeselect={false}
            w={160}
          />
          <Button type="submit" mt={25} loading={request.isPending}>
            Request review
          </Button>
        </Group>
        <FormError message={error} />
      </Stack>
    </form>
  );
}
