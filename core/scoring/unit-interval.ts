/** Clamps to [0, 1]. NaN never gets in (callers keep their arithmetic finite); -0 comes out as 0. */
export function clampUnit(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/**
 * Half of `a - b`. Halving before subtracting keeps the result finite for any finite `a` and `b`
 * (a plain `a - b` overflows for, say, 1e308 and -1e308), and ratios of half gaps equal ratios of gaps.
 * Rounding is monotone, so the result is non-decreasing in `a` and non-increasing in `b`.
 */
export function halfGap(a: number, b: number): number {
  return a / 2 - b / 2;
}

export function isUnitInterval(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x <= 1;
}
