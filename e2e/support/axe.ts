import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now, against WCAG 2.1 A and AA (contrast included), and fails
 * with each violation's rule, impact and the elements it found.
 */
export async function expectAccessible(
  page: Page,
  what: string,
  options: {
    /** Left out of this check (a sandboxed frame, which the caller checks as a page of its own). */
    exclude?: string;
  } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const results = await builder.analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `accessibility violations on ${what}`).toEqual([]);
}
