import { ActionIcon, Button, Fieldset, Group, Radio, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type ConditionDraft, emptyCondition, type Measure } from './condition-draft.js';
import { KeyResultFields } from './key-result-fields.js';

const measures: Array<{ value: Measure; label: string }> = [
  { value: 'none', label: 'Not measured' },
  { value: 'metric', label: 'Metric' },
  { value: 'milestone', label: 'Milestone' },
];

function isMeasure(value: string): value is Measure {
  return measures.some((measure) => measure.value === value);
}

/**
 * The conditions of satisfaction: what the customer will check to call the promise kept. Each may
 * carry a key result (a metric with a start and a target or band, or a milestone). Used to make a
 * promise and to propose new terms in a counter or a renegotiation.
 *
 * `errors` are keyed like the server's validation issues: `<errorPrefix><index>.<field>`.
 */
export function ConditionsEditor({
  value,
  onChange,
  errors = {},
  errorPrefix = 'conditions.',
}: {
  value: ConditionDraft[];
  onChange: (conditions: ConditionDraft[]) => void;
  errors?: Record<string, ReactNode>;
  errorPrefix?: string;
}) {
  const update = (index: number, changes: Partial<ConditionDraft>) =>
    onChange(value.map((draft, i) => (i === index ? { ...draft, ...changes } : draft)));
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  const errorAt = (index: number, field: string): ReactNode => {
    const at = `${errorPrefix}${index}`;
    return (
      errors[`${at}.${field}`] ??
      errors[`${at}.keyResult.${field}`] ??
      errors[`${at}.keyResult.band.${field}`]
    );
  };

  return (
    <Stack gap="sm">
      <div>
        <Text fw={500} size="sm">
          Conditions of satisfaction
        </Text>
        <Text size="sm" c="dimmed">
          What the customer will check to call the promise kept. Measure a condition to make it a key result.
        </Text>
      </div>
      {value.length === 0 && (
        <Text size="sm" c="dimmed" fs="italic">
          No conditions yet.
        </Text>
      )}
      {value.map((draft, index) => {
        const name = `Condition ${index + 1}`;
        return (
          <Fieldset key={draft.key} legend={name} variant="filled" p="sm">
            <Stack gap="xs">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label="Text"
                  placeholder="Activation above 40%"
                  required
                  style={{ flex: 1 }}
                  value={draft.text}
                  error={errorAt(index, 'text')}
                  onChange={(event) => update(index, { text: event.currentTarget.value })}
                />
                <Group gap={4} mt={25} wrap="nowrap">
                  <Tooltip label="Move up">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${name.toLowerCase()} up`}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Move down">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Move ${name.toLowerCase()} down`}
                      disabled={index === value.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Remove">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${name.toLowerCase()}`}
                      onClick={() => remove(index)}
                    >
                      <IconTrash size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <Radio.Group
                label="Measured by"
                value={draft.measure}
                onChange={(measure) => {
                  if (isMeasure(measure)) update(index, { measure });
                }}
              >
                <Group gap="md" mt={4}>
                  {measures.map((measure) => (
                    <Radio key={measure.value} value={measure.value} label={measure.label} />
                  ))}
                </Group>
              </Radio.Group>
              {draft.measure !== 'none' && (
                <KeyResultFields
                  draft={draft}
                  onChange={(changes) => update(index, changes)}
                  errorAt={(field) => errorAt(index, field)}
                />
              )}
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => onChange([...value, emptyCondition()])}
        >
          Add condition
        </Button>
      </Group>
    </Stack>
  );
}
