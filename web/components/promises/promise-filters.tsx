import { Group, Radio, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import type { Phase } from '../../../contract/protocol.js';
import { MAX_SEARCH_LENGTH } from '../../../contract/search.js';
import { PHASES, STATUSES } from '../../../core/promises/index.js';
import { useCycleOptions } from '../cycles/use-cycle-options.js';
import { phaseLabels, statusLabels } from './labels.js';

/** The filters the URL keeps: ?q=&cycle=&horizon=&phase=&status=&tag=&mine=true&as=customer */
export interface ListFilters {
  q: string | null;
  cycle: string | null;
  horizon: string | null;
  phase: string | null;
  status: string | null;
  tag: string | null;
  mine: boolean;
  as: 'customer' | 'performer' | null;
}

const phaseOptions = PHASES.map((phase: Phase) => ({ value: phase, label: phaseLabels[phase] }));
const statusOptions = STATUSES.map((status) => ({
  value: status,
  label: statusLabels[status],
}));

/**
 * The list's filters. As of a past moment (`isPast`), those on how promises stand today (phase,
 * status, tag) cannot be answered, so they are off.
 */
export function PromiseFilters({
  filters,
  onChange,
  isPast = false,
}: {
  filters: ListFilters;
  onChange: (changes: Partial<ListFilters>) => void;
  isPast?: boolean;
}) {
  const cycles = useCycleOptions();
  const [tag, setTag] = useState(filters.tag ?? '');
  const changeTag = useDebouncedCallback((value: string) => onChange({ tag: value.trim() || null }), 400);
  const [text, setText] = useState(filters.q ?? '');
  const changeText = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 400);
  // The boxes follow the address when it changes from elsewhere (a saved view, back and forward).
  const [shown, setShown] = useState({ q: filters.q, tag: filters.tag });
  if (shown.q !== filters.q || shown.tag !== filters.tag) {
    setShown({ q: filters.q, tag: filters.tag });
    if ((filters.q ?? '') !== text.trim()) setText(filters.q ?? '');
    if ((filters.tag ?? '') !== tag.trim()) setTag(filters.tag ?? '');
  }

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter promises">
      <TextInput
        label="Text"
        placeholder="Words in a title or condition"
        value={text}
        maxLength={MAX_SEARCH_LENGTH}
        onChange={(event) => {
          setText(event.currentTarget.value);
          changeText(event.currentTarget.value);
        }}
        w={220}
      />
      <Select
        label="Cycle"
        placeholder="All cycles"
        clearable
        searchable
        data={cycles.data}
        value={filters.cycle}
        onChange={(cycle) => onChange({ cycle })}
        w={200}
      />
      <Select
        label="Horizon"
        placeholder="All horizons"
        clearable
        data={cycles.horizons.map((horizon) => ({ value: horizon.id, label: horizon.name }))}
        value={filters.horizon}
        onChange={(horizon) => onChange({ horizon })}
        w={160}
      />
      <Select
        label="Phase"
        disabled={isPast}
        placeholder="All phases"
        clearable
        data={phaseOptions}
        value={filters.phase}
        onChange={(phase) => onChange({ phase })}
        w={160}
      />
      <Select
        label="Status"
        disabled={isPast}
        placeholder="All statuses"
        clearable
        data={statusOptions}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        w={170}
      />
      <TextInput
        label="Tag"
        disabled={isPast}
        placeholder="investment"
        value={tag}
        onChange={(event) => {
          setTag(event.currentTarget.value);
          changeTag(event.currentTarget.value);
        }}
        w={140}
      />
      <Switch
        label="Only mine"
        checked={filters.mine}
        onChange={(event) => onChange({ mine: event.currentTarget.checked, as: null })}
        mb={8}
      />
      {filters.mine && (
        <Radio.Group
          label="As"
          value={filters.as ?? 'either'}
          onChange={(value) => onChange({ as: value === 'customer' || value === 'performer' ? value : null })}
        >
          <Group gap="sm" mt={6} mb={6}>
            <Radio value="either" label="Either side" />
            <Radio value="customer" label="Customer" />
            <Radio value="performer" label="Performer" />
          </Group>
        </Radio.Group>
      )}
    </Group>
  );
}
