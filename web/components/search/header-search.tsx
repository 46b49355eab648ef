import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSearch } from '../../api/search.js';
import { CommandList, type CommandOption } from './command-list.js';
import { resultDescription, resultPath } from './search-results.js';

/** The header's search box: promises, people and teams as you type, each opened with Enter or a click. */
export function HeaderSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [debounced] = useDebouncedValue(text, 200);
  const found = useSearch(debounced);
  const results = debounced.trim() === '' ? [] : (found.data?.results ?? []);

  const options: CommandOption[] = results.map((result) => ({
    key: `${result.kind}:${result.id}`,
    label: result.title,
    description: resultDescription(result),
    onSelect: () => {
      setText('');
      setOpen(false);
      navigate(resultPath(result));
    },
  }));

  return (
    <div style={{ width: 'min(360px, 40vw)' }}>
      <CommandList
        label="Search"
        placeholder="Search promises, people, teams"
        value={text}
        onChange={(value) => {
          setText(value);
          setOpen(true);
        }}
        options={options}
        isLoading={found.isFetching}
        isOpen={isOpen && debounced.trim() !== ''}
        emptyText={found.isPending ? 'Searching…' : 'Nothing found'}
        onEscape={() => setOpen(false)}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        floating
        onFocusChange={setOpen}
      />
    </div>
  );
}
