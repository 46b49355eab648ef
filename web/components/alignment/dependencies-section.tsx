import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Dependency } from '../../../contract/alignment.js';
import type { PromiseDetail } from '../../../contract/promises.js';
import { ReplyByNote } from '../promises/reply-by-field.js';
import { AddDependencyForm } from './add-dependency-form.js';
import { DependencyAnswer } from './dependency-answer.js';

const stateLabels = { proposed: 'Not acknowledged yet', acknowledged: 'Acknowledged', declined: 'Declined' };
const stateColors = { proposed: 'yellow', acknowledged: 'teal', declined: 'red' };

function Supplier({ dependency }: { dependency: Dependency }) {
  if (dependency.supplierPromise) {
    return (
      <Anchor component={Link} to={`/promises/${dependency.supplierPromise.id}`}>
        {dependency.supplierPromise.title}
      </Anchor>
    );
  }
  return <Text component="span">{dependency.supplierTeam?.name ?? 'A team'} (team)</Text>;
}

function DependencyTable({
  caption,
  dependencies,
  isSupplierSide,
}: {
  caption: string;
  dependencies: Dependency[];
  isSupplierSide: boolean;
}) {
  if (dependencies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {caption}: none.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{isSupplierSide ? 'Dependent promise' : 'Supplier'}</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Note</Table.Th>
            <Table.Th scope="col">Answer</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dependencies.map((dependency) => (
            <Table.Tr key={dependency.id}>
              <Table.Th scope="row" fw={400}>
                {isSupplierSide ? (
                  <Anchor component={Link} to={`/promises/${dependency.dependent.id}`}>
                    {dependency.dependent.title}
                  </Anchor>
                ) : (
                  <Supplier dependency={dependency} />
                )}
              </Table.Th>
              <Table.Td>
                <Badge
                  color={stateColors[dependency.state]}
                  variant="light"
                  style={{ textTransform: 'none' }}
                >
                  {stateLabels[dependency.state]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">{dependency.note || '—'}</Text>
                  {dependency.reason && <Text size="sm">Declined because: {dependency.reason}</Text>}
                  {dependency.state === 'proposed' && dependency.replyBy && (
                    <ReplyByNote date={dependency.replyBy} />
                  )}
                  {dependency.suggestAsk && (
                    <Text size="sm" c="orange.8">
                      {dependency.supplierTeam?.name} has promised nothing in this cycle yet: ask it for a
                      promise.
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                {dependency.can.answer ? (
                  <DependencyAnswer dependency={dependency} name={dependency.dependent.title} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {dependency.state === 'proposed' ? 'Awaiting the supplier' : '—'}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What this promise needs from others, and who needs it; the supplier acknowledges or declines. */
export function DependenciesSection({ promise }: { promise: PromiseDetail }) {
  return (
    <section aria-labelledby="dependencies-heading">
      <Title order={2} size="h3" mb="sm" id="dependencies-heading">
        Dependencies
      </Title>
      <Stack gap="md">
        <DependencyTable caption="Depends on" dependencies={promise.dependsOn} isSupplierSide={false} />
        <DependencyTable caption="Depended on by" dependencies={promise.dependedOnBy} isSupplierSide />
        {promise.can.dependOn && <AddDependencyForm promise={promise} />}
      </Stack>
    </section>
  );
}
