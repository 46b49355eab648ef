import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDidUpdate, useDisclosure, useHotkeys } from '@mantine/hooks';
import {
  IconBook,
  IconBug,
  IconCalendarEvent,
  IconCalendarStats,
  IconChartDots,
  IconCommand,
  IconDownload,
  IconHierarchy,
  IconInbox,
  IconListCheck,
  IconLogout,
  IconMail,
  IconUpload,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
} from '@tabler/icons-react';
import { lazy, Suspense, useRef, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useLiveEvents } from '../../api/live-events.js';
import { useSignedInMe, useSignOut } from '../../api/me.js';
import { NotificationBell } from '../notifications/notification-bell.js';
import { notifyFailure } from '../notify.js';
import { OrganizationSwitcher } from './organization-switcher.js';
import { PageBoundary } from './page-boundary.js';
import { Brand } from './public-layout.js';
import classes from './skip-link.module.css';

// The palette is loaded when first opened: the inbox, the first page most people see, does without it.
const CommandPalette = lazy(() =>
  import('../search/command-palette.js').then((module) => ({ default: module.CommandPalette })),
);

// The search box too: its list, the search client and its schemas load just after the page.
const HeaderSearch = lazy(() =>
  import('../search/header-search.js').then((module) => ({ default: module.HeaderSearch })),
);

const sections = [
  { to: '/inbox', label: 'Inbox', icon: IconInbox, isExact: false },
  { to: '/promises', label: 'Promises', icon: IconListCheck, isExact: false },
  { to: '/map', label: 'Map', icon: IconHierarchy, isExact: false },
  { to: '/cycles', label: 'Cycles', icon: IconCalendarEvent, isExact: false },
  { to: '/planning', label: 'Planning', icon: IconCalendarStats, isExact: false },
  { to: '/findings', label: 'Strategy debugger', icon: IconBug, isExact: false },
  { to: '/dashboard', label: 'Dashboard', icon: IconChartDots, isExact: false },
  { to: '/people', label: 'People', icon: IconUsers, isExact: false },
  { to: '/teams', label: 'Teams', icon: IconUsersGroup, isExact: false },
  { to: '/account', label: 'Account', icon: IconUserCircle, isExact: false },
];

/** Shown to owners and admins only, who manage the organization's integrations. */
const integrations = { to: '/integrations', label: 'Integrations', icon: IconWebhook, isExact: false };
const digest = { to: '/digest', label: 'Weekly digest', icon: IconMail, isExact: false };
/** Shown to owners and admins only, who may export the organization. */
const exportPage = { to: '/export', label: 'Export', icon: IconDownload, isExact: false };
const importPage = { to: '/import', label: 'Import', icon: IconUpload, isExact: false };

/** The signed-in app: a header, the navigation with the organization switcher, and the page. */
export function AppLayout() {
  const me = useSignedInMe();
  const [isNavigationOpen, navigation] = useDisclosure(false);
  const [isPaletteOpen, palette] = useDisclosure(false);
  // Loaded when first opened, the palette's dialog mounts already open and cannot see what had the
  // focus before: the opener is remembered here and given the focus back when it closes.
  const [hasPalette, setHasPalette] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const openPalette = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setHasPalette(true);
    palette.open();
  };
  const closePalette = () => {
    palette.close();
    const element = opener.current;
    // After the dialog's own focus handling, which runs as it closes.
    if (element) requestAnimationFrame(() => element.focus());
  };
  // Ctrl-K (⌘-K) anywhere, in a text box too.
  useHotkeys([['mod+K', () => (isPaletteOpen ? closePalette() : openPalette())]], []);
  const location = useLocation();
  const signOut = useSignOut();
  useFocusOnNavigation(location.pathname);
  useLiveEvents();

  const isActive = (to: string, isExact: boolean) =>
    isExact ? location.pathname === to : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }}
      padding="lg"
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavigationOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Accord home">
              <Brand size="md" />
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Suspense fallback={null}>
              <HeaderSearch />
            </Suspense>
            <Button
              variant="default"
              size="sm"
              onClick={openPalette}
              aria-keyshortcuts="Control+K Meta+K"
              leftSection={<IconCommand size={16} aria-hidden="true" />}
              visibleFrom="sm"
            >
              Go to… <Kbd ml={6}>Ctrl K</Kbd>
            </Button>
            <NotificationBell />
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {me.person.name}
            </Text>
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconLogout size={16} aria-hidden="true" />}
              loading={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, {
                  // A full page load leaves nothing of the session in memory.
                  onSuccess: () => window.location.assign('/sign-in'),
                  onError: (error) => notifyFailure('Could not sign out', error),
                })
              }
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md" aria-label="Main">
        <AppShell.Section>
          <OrganizationSwitcher onSwitched={navigation.close} />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea} mt="md">
          <Stack gap={2}>
            {sections
              .concat(me.organization?.can.manageIntegrations ? [integrations, digest] : [])
              .concat(me.organization?.can.exportOrganization ? [exportPage, importPage] : [])
              .map(({ to, label, icon: Icon, isExact }) => {
                const active = isActive(to, isExact);
                return (
                  <NavLink
                    key={to}
                    component={Link}
                    to={to}
                    label={label}
                    active={active}
                    // Filled: white on the primary blue reads at 5:1; the light tint's blue did not reach 4.5:1.
                    variant="filled"
                    aria-current={active ? 'page' : undefined}
                    leftSection={<Icon size={18} aria-hidden="true" />}
                    onClick={navigation.close}
                  />
                );
              })}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            href="/api/docs"
            label="API reference"
            leftSection={<IconBook size={18} aria-hidden="true" />}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      {hasPalette && (
        <Suspense fallback={null}>
          <CommandPalette isOpen={isPaletteOpen} onClose={closePalette} onDone={palette.close} />
        </Suspense>
      )}
      <AppShell.Main id="main-content" tabIndex={-1}>
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * After moving to another page, focus goes to the page's content, so keyboard and screen reader
 * users start there rather than in the navigation they just used.
 */
function useFocusOnNavigation(pathname: string): void {
  useDidUpdate(() => {
    document.getElementById('main-content')?.focus();
  }, [pathname]);
}
