import { Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CalendarDate } from '../../../contract/common.js';
import { replyByStanding } from '../format.js';
import { localToday } from '../local-days.js';

/** The optional day an ask wants its answer by: today or later. */
export function ReplyByField({
  value,
  onChange,
  error,
  description = 'Optional: the day you ask the other side to answer by',
}: {
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  description?: string;
}) {
  return (
    <TextInput
      type="date"
      label="Reply by"
      description={description}
      min={localToday()}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** "Reply by Jan 8, 2027", marked overdue once that day has gone by unanswered. */
export function ReplyByNote({ date }: { date: CalendarDate }) {
  const { label, isOverdue } = replyByStanding(date);
  return (
    <Text component="span" size="sm" c={isOverdue ? 'red.8' : undefined} fw={isOverdue ? 600 : undefined}>
      {isOverdue ? `${label} · overdue` : label}
    </Text>
  );
}
