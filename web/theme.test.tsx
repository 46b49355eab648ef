import { DEFAULT_THEME, type MantineTheme, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme.js';

/** WCAG's relative luminance of an `rgb(…)`, `rgba(…)` or `#rrggbb` color. */
function luminance(color: string): number {
  const channels = color.startsWith('#')
    ? [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16))
    : (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

describe('the theme’s colors', () => {
  const resolved: MantineTheme = mergeMantineTheme(DEFAULT_THEME, theme);
  const light = cssVariablesResolver(resolved).light;

  it('writes light and outline badges and alerts at 4.5:1 or more on their tint and on white', () => {
    for (const [name, shades] of Object.entries(resolved.colors)) {
      const variables: `--${string}`[] = [
        `--mantine-color-${name}-light-color`,
        `--mantine-color-${name}-outline`,
      ];
      for (const variable of variables) {
        const text = light[variable];
        // Unset, Mantine's own shade (2.5:1 for yellow) would apply.
        expect(text, variable).toMatch(/^(#|rgb)/);
        if (text === undefined) continue;
        for (const background of [shades[1], shades[2], '#ffffff']) {
          expect(contrast(text, background), `${variable} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });
});
