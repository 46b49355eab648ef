import { Anchor, Box, Container, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function Brand({ size = 'lg' }: { size?: 'md' | 'lg' }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <ThemeIcon size={size === 'lg' ? 36 : 28} radius="md" aria-hidden="true">
        <IconCheck size={size === 'lg' ? 22 : 18} stroke={3} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'lg' ? 'xl' : 'lg'}>
        Accord
      </Text>
    </Group>
  );
}

/** The frame of the pages seen before signing in: a brand, one card, and a footer. */
export function PublicLayout({
  title,
  description,
  children,
  width = 440,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  width?: number;
}) {
  useDocumentTitle(`${title} · Accord`);
  return (
    <Box bg="var(--mantine-color-gray-0)" mih="100vh" py={48}>
      <Container size={width} px="md">
        <Stack gap="lg">
          <header>
            <Brand />
          </header>
          <Paper component="main" withBorder shadow="sm" p="xl" radius="lg">
            <Stack gap="lg">
              <Stack gap={6}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {description && <Text c="dimmed">{description}</Text>}
              </Stack>
              {children}
            </Stack>
          </Paper>
          <Text component="footer" size="sm" c="dimmed" ta="center">
            Accord plans and tracks OKRs as promises.{' '}
            <Anchor href="/api/docs" underline="always">
              API reference
            </Anchor>
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
