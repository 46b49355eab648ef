import { Anchor, Group } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { promiseSections } from './section-paths.js';

/** Anchored tabs over the page's sections; the one the URL names is marked current. */
export function PromiseSectionTabs() {
  const location = useLocation();
  const current = location.hash.slice(1);
  return (
    <Group
      component="nav"
      aria-label="Sections of the promise"
      gap="lg"
      wrap="wrap"
      py="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      {promiseSections.map((section) => (
        <Anchor
          key={section.id}
          component={Link}
          to={`${location.pathname}${location.search}#${section.id}`}
          aria-current={current === section.id ? 'location' : undefined}
          fw={current === section.id ? 700 : 500}
          underline={current === section.id ? 'always' : 'hover'}
        >
          {section.label}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * Brings the element the URL's hash names into view and focus, also when it appears only after its
 * data has loaded (the check-in form waits for the progress), and again whenever the hash changes.
 */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.slice(1));
    if (!id) return;
    const reveal = (): boolean => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView({ block: 'start' });
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      return true;
    };
    if (reveal()) return;
    const observer = new MutationObserver(() => {
      if (reveal()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [hash]);
}
