import { Select } from '@mantine/core';
import { usePromises } from '../../api/promises.js';

/**
 * Chooses another promise by title. The API has no search by title yet, so the most recent promises
 * (up to 200) are searched here.
 */
export function PromisePicker({
  label,
  value,
  onChange,
  excludeId,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  excludeId: string;
  error?: string | null | undefined;
}) {
  const promises = usePromises({ limit: 200, offset: 0 });
  const data = (promises.data?.promises ?? [])
    .filter((promise) => promise.id !== excludeId)
    .map((promise) => ({
      value: promise.id,
      label: `${promise.title} (${promise.cycle.name})`,
    }));
  return (
    <Select
      label={label}
      placeholder={promises.isPending ? 'Loading promises…' : 'Search by title'}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage="No promise by that title"
      error={error ?? (promises.error ? 'The promises could not be loaded' : undefined)}
      miw={320}
      style={{ flex: 1 }}
    />
  );
}
