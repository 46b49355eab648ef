import { Kbd, Modal, Table, Text } from '@mantine/core';

const shortcuts: ReadonlyArray<[keys: string[], what: string]> = [
  [['j'], 'Next item'],
  [['k'], 'Previous item'],
  [['Enter'], 'Open the focused item'],
  [['?'], 'Show these shortcuts'],
  [['Esc'], 'Close this list'],
];

/** The inbox's keyboard shortcuts, asked for with `?`. Focus goes back where it was on close. */
export function InboxShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key</Table.Th>
            <Table.Th>What it does</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcuts.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td>
                {keys.map((key) => (
                  <Kbd key={key}>{key}</Kbd>
                ))}
              </Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        The letters do nothing while you type in a field.
      </Text>
    </Modal>
  );
}
