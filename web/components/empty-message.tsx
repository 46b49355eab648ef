import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing to show, and what to do about it. */
export function EmptyMessage({
  icon,
  title,
  children,
  action,
}: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState icon={icon} title={title} description={children} withIndicatorBackground py="xl">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
