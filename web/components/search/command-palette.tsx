import { Modal, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentOrganization } from '../../api/me.js';
import { usePromises } from '../../api/promises.js';
import { useSearch } from '../../api/search.js';
import { promisePath } from '../promises/section-paths.js';
import { CommandList, type CommandOption } from './command-list.js';
import { resultDescription, resultPath } from './search-results.js';

/** The pages the palette goes to, in the navigation's order. */
const pages = [
  { to: '/inbox', label: 'Inbox' },
  { to: '/promises', label: 'Promises' },
  { to: '/map', label: 'Map' },
  { to: '/cycles', label: 'Cycles' },
  { to: '/planning', label: 'Planning' },
  { to: '/findings', label: 'Strategy debugger' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/people', label: 'People' },
  { to: '/teams', label: 'Teams' },
  { to: '/account', label: 'Account' },
];

/** Whether every word typed is in the text: "new prom" keeps "New promise". */
const matches = (text: string, typed: string) => {
  const lower = text.toLowerCase();
  return typed
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => lower.includes(word));
};

/**
 * Ctrl-K (⌘-K): a dialog with one box to go anywhere or start something: any page, any promise,
 * person or team (from the search), a new promise, an ask, or a check-in on one of my promises.
 * Escape closes it and focus goes back to where it was.
 */
export function CommandPalette({
  isOpen,
  onClose,
  onDone,
}: {
  isOpen: boolean;
  /** Closed without going anywhere (Escape, the close button): focus goes back to the opener. */
  onClose(): void;
  /** Closed by going somewhere: the page it opens takes the focus. */
  onDone(): void;
}) {
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Command palette"
      size="lg"
      yOffset="10vh"
      closeButtonProps={{ 'aria-label': 'Close the command palette' }}
    >
      {isOpen && <PaletteBody onDone={onDone} />}
    </Modal>
  );
}

function PaletteBody({ onDone }: { onDone(): void }) {
  const navigate = useNavigate();
  const organization = useCurrentOrganization();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'all' | 'check-in'>('all');
  const [debounced] = useDebouncedValue(text, 150);
  const found = useSearch(mode === 'all' ? debounced : '', { limit: 8 });
  const mine = usePromises(
    mode === 'check-in'
      ? { mine: 'true', as: 'performer', status: 'promised', limit: 50, offset: 0 }
      : { mine: 'true', limit: 1, offset: 0 },
  );

  const go = (to: string) => () => {
    onDone();
    navigate(to);
  };

  let options: CommandOption[];
  if (mode === 'check-in') {
    options = (mine.data?.promises ?? [])
      .filter((promise) => matches(promise.title, text))
      .map((promise) => ({
        key: `check-in:${promise.id}`,
        label: promise.title,
        description: `Check in · due ${promise.dueDate}`,
        onSelect: go(promisePath(promise.id, 'check-in')),
      }));
  } else {
    const actions: CommandOption[] = [
      ...(organization.can.createPromise
        ? [
            { key: 'new-promise', label: 'New promise', description: 'Start', onSelect: go('/promises/new') },
            {
              key: 'ask',
              label: 'Ask a team or a person for a promise',
              description: 'Start',
              onSelect: go('/promises/new'),
            },
          ]
        : []),
      {
        key: 'check-in',
        label: 'Check in on one of my promises…',
        description: 'Start',
        onSelect: () => {
          setText('');
          setMode('check-in');
        },
      },
    ];
    const pageOptions = pages
      .concat(organization.can.manageIntegrations ? [{ to: '/integrations', label: 'Integrations' }] : [])
      .map((page) => ({
        key: `page:${page.to}`,
        label: page.label,
        description: 'Go to page',
        onSelect: go(page.to),
      }));
    const results = debounced.trim() === '' ? [] : (found.data?.results ?? []);
    options = [
      ...[...pageOptions, ...actions].filter((option) => matches(option.label, text)),
      ...results.map((result) => ({
        key: `${result.kind}:${result.id}`,
        label: result.title,
        description: resultDescription(result),
        onSelect: go(resultPath(result)),
      })),
    ];
  }

  return (
    <>
      {mode === 'check-in' && (
        <Text size="sm" mb="xs">
          Choose the promise to check in on.
        </Text>
      )}
      <CommandList
        label={mode === 'check-in' ? 'Promise to check in on' : 'Go to or start'}
        placeholder={mode === 'check-in' ? 'Filter my promises' : 'A page, promise, person, team or action'}
        value={text}
        onChange={setText}
        options={options}
        isLoading={mode === 'all' ? found.isFetching : mine.isFetching}
        isOpen
        emptyText={mode === 'check-in' ? 'None of your promises awaits a check-in' : 'Nothing found'}
        isAutoFocused
      />
    </>
  );
}
