import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PromiseDetail } from '../../../contract/promises.js';
import { useFindings } from '../../api/findings.js';

/**
 * "At risk from a dependency": this promise looks on track, but a promise it depends on is at risk,
 * off track, stale, revoked or withdrawn. The strategy debugger found it; the page names the supplier
 * so both sides of this promise see where the risk comes from. Only for the promise as it stands now.
 */
export function DependencyRiskNotice({ promise }: { promise: PromiseDetail }) {
  const isNow = promise.asOf === null;
  const findings = useFindings({ promiseId: promise.id, code: 'risk-from-supplier', status: 'open' });
  if (!isNow) return null;
  // The finding is about the dependent (its first promise); on the supplier's page it is not a risk to it.
  const risks = (findings.data?.findings ?? []).filter((finding) => finding.promiseIds[0] === promise.id);
  if (risks.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title="At risk from a dependency"
    >
      <Stack gap="xs">
        {risks.map((risk) => {
          const supplier = risk.promises[1];
          return (
            <Stack key={risk.key} gap={2}>
              {/* In the notice's own colour, underlined: the link colour on orange is too faint to read. */}
              {supplier && (
                <Text size="sm" fw={600}>
                  Depends on{' '}
                  <Anchor component={Link} to={`/promises/${supplier.id}`} c="inherit" underline="always">
                    {supplier.title}
                  </Anchor>
                </Text>
              )}
              <Text size="sm">{risk.message}</Text>
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
