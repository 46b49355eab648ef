import { Paper, Text, UnstyledButton } from '@mantine/core';
import { useEffect } from 'react';
import { useSearchPeople } from '../../api/people.js';
import type { MentionCandidate } from './mention-candidate.js';

/** How many people the list offers: typing more of the name finds anyone else. */
const SHOWN = 6;

/**
 * The people whose name or email matches what follows the `@`, as a listbox the text area drives
 * (loaded lazily by MentionTextarea). A pointer picks with a press that keeps the text area's focus.
 */
export default function MentionSuggestions({
  id,
  query,
  active,
  onOptions,
  onPick,
}: {
  id: string;
  query: string;
  active: number;
  onOptions: (people: MentionCandidate[]) => void;
  onPick: (person: MentionCandidate) => void;
}) {
  const found = useSearchPeople(query);
  const people = (found.data ?? []).slice(0, SHOWN);
  const key = people.map((p) => p.id).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list is told again only when its people change
  useEffect(() => {
    onOptions(people.map(({ id, name, email }) => ({ id, name, email })));
  }, [key]);
  if (people.length === 0) return null;
  return (
    <Paper
      withBorder
      shadow="sm"
      p={4}
      role="listbox"
      id={id}
      aria-label="People to mention"
      style={{ position: 'absolute', zIndex: 300, left: 0, right: 0, top: '100%' }}
    >
      {people.map((person, index) => (
        <UnstyledButton
          component="div"
          key={person.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(person);
          }}
          px="xs"
          py={4}
          style={{
            display: 'block',
            width: '100%',
            borderRadius: 4,
            background: index === active ? 'var(--mantine-color-blue-light)' : undefined,
          }}
        >
          <Text size="sm">{person.name}</Text>
          <Text size="xs" c="dimmed">
            {person.email}
          </Text>
        </UnstyledButton>
      ))}
    </Paper>
  );
}
