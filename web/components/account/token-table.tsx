import { Button, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { pageCount } from '../../../contract/pages.js';
import type { ApiToken } from '../../../contract/tokens.js';
import { useRevokeToken, useTokens } from '../../api/tokens.js';
import { ConfirmDialog, useConfirmedAction } from '../confirm-dialog.js';
import { formatInstant, formatInstantDay } from '../format.js';
import { notifySuccess } from '../notify.js';
import { PagePicker } from '../page-picker.js';
import { LoadError, PageLoader } from '../query-state.js';

const PAGE_SIZE = 20;

export function TokenTable() {
  const [page, setPage] = useState(1);
  const tokens = useTokens({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const revoke = useConfirmedAction(useRevokeToken(), {
    variables: (token: ApiToken) => token.id,
    onDone: (token) => notifySuccess(`The token “${token.name}” is revoked`),
  });

  if (tokens.isPending) return <PageLoader label="Loading tokens" />;
  if (tokens.error) return <LoadError error={tokens.error} onRetry={() => tokens.refetch()} />;
  if (tokens.data.tokens.length === 0 && page === 1)
    return <Text c="dimmed">You have no API tokens in this organization.</Text>;

  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm">
          <Table.Caption>Your API tokens</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Starts with</Table.Th>
              <Table.Th scope="col">Created</Table.Th>
              <Table.Th scope="col">Last used</Table.Th>
              <Table.Th scope="col">Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" fw={500}>
                  {token.name}
                </Table.Th>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatInstantDay(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatInstant(token.lastUsedAt) : 'Never'}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={`Revoke token ${token.name}`}
                    onClick={() => revoke.ask(token)}
                  >
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PagePicker pages={pageCount(tokens.data)} page={page} onChange={setPage} />
      <ConfirmDialog
        {...revoke.dialog}
        title={`Revoke “${revoke.item?.name ?? 'token'}”?`}
        confirmLabel="Revoke token"
      >
        Scripts using this token will be refused from now on. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
