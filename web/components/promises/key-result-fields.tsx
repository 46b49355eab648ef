import { Group, NativeSelect, NumberInput, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ConditionDraft, Direction, UnitKind } from './condition-draft.js';

const unitKinds: Array<{ value: UnitKind; label: string }> = [
  { value: 'number', label: 'Number' },
  { value: 'percent', label: 'Percent' },
  { value: 'currency', label: 'Currency' },
];

const directions: Array<{ value: Direction; label: string }> = [
  { value: 'increase', label: 'Increase to a target' },
  { value: 'decrease', label: 'Decrease to a target' },
  { value: 'stay-within', label: 'Stay within a band' },
];

const isUnitKind = (value: string): value is UnitKind => unitKinds.some((kind) => kind.value === value);
const isDirection = (value: string): value is Direction => directions.some((d) => d.value === value);

/** How one condition is measured: a metric's unit, start and goal, or a milestone; and its weight. */
export function KeyResultFields({
  draft,
  onChange,
  errorAt,
}: {
  draft: ConditionDraft;
  onChange: (changes: Partial<ConditionDraft>) => void;
  errorAt: (field: string) => ReactNode;
}) {
  const decimal = (field: 'start' | 'target' | 'low' | 'high', label: string) => (
    <TextInput
      label={label}
      inputMode="decimal"
      placeholder="0"
      required
      w={120}
      value={draft[field]}
      error={errorAt(field)}
      onChange={(event) => onChange({ [field]: event.currentTarget.value })}
    />
  );
  const weight = (
    <NumberInput
      label="Weight"
      description="1 unless it counts more"
      min={0.1}
      step={0.5}
      decimalScale={2}
      w={140}
      value={draft.weight}
      error={errorAt('weight')}
      onChange={(value) => onChange({ weight: value })}
    />
  );

  if (draft.measure === 'milestone') {
    return (
      <Group align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" pb={8} style={{ flex: 1 }}>
          A milestone is done or not done.
        </Text>
        {weight}
      </Group>
    );
  }
  return (
    <Group align="flex-start" gap="sm">
      <NativeSelect
        label="Unit kind"
        data={unitKinds}
        value={draft.unitKind}
        w={130}
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (isUnitKind(value)) onChange({ unitKind: value });
        }}
      />
      {draft.unitKind !== 'percent' && (
        <TextInput
          label="Unit"
          placeholder={draft.unitKind === 'currency' ? 'EUR' : 'signups'}
          required={draft.unitKind === 'currency'}
          w={130}
          value={draft.unit}
          error={errorAt('unit')}
          onChange={(event) => onChange({ unit: event.currentTarget.value })}
        />
      )}
      {decimal('start', 'Start')}
      <NativeSelect
        label="Direction"
        data={directions}
        value={draft.direction}
        w={200}
        onChange={(event) => {
          const { value } = event.currentTarget;
          if (isDirection(value)) onChange({ direction: value });
        }}
      />
      {draft.direction === 'stay-within' ? (
        <>
          {decimal('low', 'Low')}
          {decimal('high', 'High')}
        </>
      ) : (
        decimal('target', 'Target')
      )}
      {weight}
    </Group>
  );
}
