import { Box, Button, Center, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { IconTable, IconTableOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface DataColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A chart people look at, with the same points as a table people (and screen readers) can read. The
 * picture is hidden from assistive technology; the table behind "Show data" is its text alternative,
 * and its first column names each row.
 */
export function ChartFigure<Row>({
  caption,
  description,
  chart,
  rows,
  columns,
  rowKey,
  empty = 'Nothing to show yet',
  isDataShown = false,
}: {
  caption: string;
  description?: ReactNode;
  chart: ReactNode;
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row, index: number) => string;
  empty?: string;
  isDataShown?: boolean;
}) {
  const [isOpen, table] = useDisclosure(isDataShown);
  const captionId = useId();
  const descriptionId = useId();
  const tableId = useId();
  const [first, ...rest] = columns;

  return (
    <Paper
      component="figure"
      withBorder
      p="md"
      m={0}
      aria-labelledby={captionId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Box component="figcaption">
            <Text fw={600} id={captionId}>
              {caption}
            </Text>
            {description && (
              <Text size="sm" c="dimmed" id={descriptionId}>
                {description}
              </Text>
            )}
          </Box>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={
              isOpen ? (
                <IconTableOff size={16} aria-hidden="true" />
              ) : (
                <IconTable size={16} aria-hidden="true" />
              )
            }
            aria-expanded={isOpen}
            aria-controls={tableId}
            onClick={table.toggle}
            style={{ flexShrink: 0 }}
          >
            {isOpen ? 'Hide data' : 'Show data'}
            <VisuallyHidden>: {caption}</VisuallyHidden>
          </Button>
        </Group>
        {/* Inert as well as hidden: the chart library makes its picture focusable, for nothing to read. */}
        <div aria-hidden="true" inert>
          {chart}
        </div>
        <div id={tableId} hidden={!isOpen}>
          {isOpen && (
            <Table.ScrollContainer minWidth={320}>
              <Table striped verticalSpacing={4} fz="sm">
                <Table.Caption>{caption}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column) => (
                      <Table.Th key={column.header} scope="col">
                        {column.header}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={columns.length}>
                        <Text size="sm" c="dimmed">
                          {empty}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {rows.map((row, index) => (
                    <Table.Tr key={rowKey(row, index)}>
                      {first && <Table.Th scope="row">{first.cell(row)}</Table.Th>}
                      {rest.map((column) => (
                        <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/** What a chart shows instead of its picture when there is nothing to draw yet. */
export function NoChart({ message }: { message: string }) {
  return (
    <Center h={220}>
      <Text c="dimmed" size="sm">
        {message}
      </Text>
    </Center>
  );
}
