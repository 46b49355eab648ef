import { Button } from '@mantine/core';
import { IconBug } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useOpenFindingCount } from '../../api/findings.js';

/** How many findings are open (in a cycle and those nested in it), leading to the strategy debugger. */
export function OpenFindingsLink({ cycleId }: { cycleId?: string }) {
  const count = useOpenFindingCount(cycleId);
  if (count.data === undefined) return null;
  return (
    <Button
      component={Link}
      to={cycleId ? `/findings?cycle=${encodeURIComponent(cycleId)}` : '/findings'}
      variant="light"
      color={count.data > 0 ? 'orange' : 'gray'}
      leftSection={<IconBug size={18} aria-hidden="true" />}
    >
      {count.data === 1 ? '1 open finding' : `${count.data} open findings`}
    </Button>
  );
}
