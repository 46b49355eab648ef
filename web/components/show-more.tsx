import { Button, Group, Text } from '@mantine/core';

/**
 * The end of a list shown a page at a time: how much of it is shown, and a button that fetches the
 * next page. Shows nothing once the whole list is shown.
 */
export function ShowMore({
  shown,
  total,
  noun,
  isLoading,
  onMore,
}: {
  shown: number;
  total: number;
  /** What the list holds, plural: "check-ins". */
  noun: string;
  isLoading: boolean;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  return (
    <Group justify="center" gap="sm">
      <Text size="sm" c="dimmed">
        {shown} of {total} {noun}
      </Text>
      <Button variant="subtle" size="compact-sm" loading={isLoading} onClick={onMore}>
        Show more {noun}
      </Button>
    </Group>
  );
}
