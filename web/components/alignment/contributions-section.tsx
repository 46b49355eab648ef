import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  NumberInput,
  Radio,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type Contribution,
  CreateContributionBody,
  MAX_CONTRIBUTION_WEIGHT,
} from '../../../contract/alignment.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useCreateContribution, useDeleteContribution } from '../../api/alignment.js';
import { errorMessage } from '../../api/client.js';
import { notifyFailure, notifySuccess } from '../notify.js';
import { StatusBadge } from '../promises/badges.js';
import { PromisePicker } from '../promises/promise-picker.js';
import { toContributionBody, validateContribution } from './alignment-bodies.js';

type Direction = 'to' | 'from';

function ContributionTable({
  caption,
  contributions,
  other,
  isCurrent,
}: {
  caption: string;
  contributions: Contribution[];
  other: (contribution: Contribution) => Contribution['to'];
  /** A promise shown as it stood in the past, or in a closed cycle, offers no changes. */
  isCurrent: boolean;
}) {
  const remove = useDeleteContribution();
  const mayRemove = (contribution: Contribution) => isCurrent && contribution.can.remove;
  const hasActions = contributions.some(mayRemove);
  if (contributions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {caption}: none.
      </Text>
    );
  }
  return (
    <Table verticalSpacing="xs">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Promise</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col">Weight</Table.Th>
          {hasActions && <Table.Th scope="col">Actions</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contributions.map((contribution) => {
          const promise = other(contribution);
          return (
            <Table.Tr key={contribution.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/promises/${promise.id}`}>
                  {promise.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StatusBadge status={promise.status} />
              </Table.Td>
              <Table.Td>{contribution.weight}</Table.Td>
              {hasActions && (
                <Table.Td>
                  {mayRemove(contribution) && (
                    <Tooltip label="Remove">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove the contribution with ${promise.title}`}
                        loading={remove.isPending && remove.variables === contribution.id}
                        onClick={() =>
                          remove.mutate(contribution.id, {
                            onSuccess: () => notifySuccess('The contribution is removed'),
                            onError: (error) => notifyFailure('Could not remove the contribution', error),
                          })
                        }
                      >
                        <IconTrash size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function AddContributionForm({ promise }: { promise: PromiseDetail }) {
  const create = useCreateContribution();
  const [direction, setDirection] = useState<Direction>('to');
  const [otherId, setOtherId] = useState<string | null>(null);
  const [weight, setWeight] = useState<number | string>(1);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const values = { direction, otherId, weight };
    const problems = validateContribution(promise.id, values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(CreateContributionBody.parse(toContributionBody(promise.id, values)), {
      onSuccess: () => {
        setOtherId(null);
        notifySuccess('The contribution is added');
      },
      onError: (failure) => setErrors({ otherId: errorMessage(failure) }),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a contribution">
      <Stack gap="xs">
        <Radio.Group
          label="Direction"
          value={direction}
          onChange={(value) => setDirection(value === 'from' ? 'from' : 'to')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="to" label="This promise contributes to…" />
            <Radio value="from" label="…contributes to this promise" />
          </Group>
        </Radio.Group>
        <Group align="flex-start" gap="sm">
          <PromisePicker
            label="Other promise"
            value={otherId}
            onChange={setOtherId}
            excludeId={promise.id}
            error={errors.otherId}
          />
          <NumberInput
            label="Weight"
            max={MAX_CONTRIBUTION_WEIGHT}
            step={0.5}
            w={110}
            value={weight}
            onChange={setWeight}
            error={errors.weight}
          />
          <Button
            type="submit"
            mt={25}
            loading={create.isPending}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            Add contribution
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Which promises this one serves, and which serve it: alignment across horizons and teams. */
export function ContributionsSection({ promise }: { promise: PromiseDetail }) {
  // A promise shown as it stood, or in a closed cycle, is history: its links stay as they were.
  const isCurrent = promise.asOf === null && promise.cycleState !== 'closed';
  return (
    <section aria-labelledby="contributions-heading">
      <Title order={2} size="h3" mb="sm" id="contributions-heading">
        Contributions
      </Title>
      <Stack gap="md">
        <ContributionTable
          caption="Contributes to"
          contributions={promise.contributesTo}
          other={(contribution) => contribution.to}
          isCurrent={isCurrent}
        />
        <ContributionTable
          caption="Contributed by"
          contributions={promise.contributedBy}
          other={(contribution) => contribution.from}
          isCurrent={isCurrent}
        />
        {promise.can.contribute && <AddContributionForm promise={promise} />}
      </Stack>
    </section>
  );
}
