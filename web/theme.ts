import { type CSSVariablesResolver, createTheme, darken } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Mantine's default shade (6) puts white text on a blue of 3.6:1 and blue links on white at the
  // same ratio, under WCAG AA's 4.5:1 for text; shade 8 gives about 5:1 both ways.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    // Mantine's close buttons are an icon with no name: a screen reader would announce "button".
    Modal: { defaultProps: { centered: true, closeButtonProps: { 'aria-label': 'Close' } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } },
  },
});

/**
 * The text of light and outline badges and alerts, dark enough to read. Mantine writes them in a
 * color's shade 8 or 9, which on its pale shades or on white is under WCAG AA's 4.5:1 for yellow
 * (2.5:1), orange, lime, green and teal (3.5–4.3:1); shade 9 darkened by 30% is at least 4.7:1 on
 * shades 1 and 2 and on white, for every color. The outline's border follows its text.
 */
function readableVariantColors(colors: Record<string, readonly string[]>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, shades] of Object.entries(colors)) {
    const text = darken(shades[9] ?? '', 0.3);
    variables[`--mantine-color-${name}-light-color`] = text;
    variables[`--mantine-color-${name}-outline`] = text;
  }
  return variables;
}

/** Dimmed text (hints, captions, secondary facts) dark enough to read: gray 7 is 7:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A field's error, and what is typed in it, in red 9 (5.7:1 on white) rather than red 6 (3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...readableVariantColors(resolved.colors),
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-gray-4)' },
});
