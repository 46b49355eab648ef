import { describe, expect, it } from 'vitest';
import { budget, conversion, latency, launch, signups } from '../../test/key-results.js';
import {
  axisFormatter,
  checkInStatusLabels,
  describeGoal,
  formatKeyResultValue,
  formatMetricValue,
  formatPercent,
  scoreColor,
} from './key-result-format.js';

describe('a key result’s values as people read them', () => {
  it('keeps the text as entered and adds the unit', () => {
    expect(formatMetricValue(signups, '40')).toBe('40 signups');
    expect(formatMetricValue(conversion, '12.5')).toBe('12.5%');
    expect(formatMetricValue(budget, '900.50')).toBe('900.50 EUR');
    expect(formatMetricValue({ ...signups, unit: '' }, 7)).toBe('7');
  });

  it('says when nothing was reported, and done or not done for a milestone', () => {
    expect(formatKeyResultValue(signups, null)).toBe('Not reported');
    expect(formatKeyResultValue(signups, undefined)).toBe('Not reported');
    expect(formatKeyResultValue(launch, true)).toBe('Done');
    expect(formatKeyResultValue(launch, false)).toBe('Not done');
    expect(formatKeyResultValue(conversion, '31')).toBe('31%');
  });

  it('describes the goal', () => {
    expect(describeGoal(signups)).toBe('Increase from 0 signups to 100 signups');
    expect(describeGoal(budget)).toBe('Decrease from 1200.00 EUR to 900.50 EUR');
    expect(describeGoal(latency)).toBe('Stay within 90 ms to 110 ms');
    expect(describeGoal(launch)).toBe('Done or not done');
  });
});

describe('scores and progress', () => {
  it('are whole percentages, with a dash for none', () => {
    expect(formatPercent(0.564)).toBe('56%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('are coloured by the customary grading: 0.7 and up teal, from 0.4 yellow, below red', () => {
    expect(scoreColor(0.7)).toBe('teal');
    expect(scoreColor(0.69)).toBe('yellow');
    expect(scoreColor(0.4)).toBe('yellow');
    expect(scoreColor(0.39)).toBe('red');
    expect(scoreColor(null)).toBe('gray');
    // Outside 0–1 (a metric past its target) is graded as its nearest end.
    expect(scoreColor(1.4)).toBe('teal');
    expect(scoreColor(-0.2)).toBe('red');
  });

  it('name each check-in status', () => {
    expect(Object.values(checkInStatusLabels)).toEqual(['On track', 'At risk', 'Off track']);
  });
});

describe('a chart’s value axis', () => {
  it('labels a milestone done and not done, and nothing between', () => {
    const label = axisFormatter(launch);
    expect([label(0), label(0.5), label(1)]).toEqual(['Not done', '', 'Done']);
  });

  it('labels a percent metric with its sign', () => {
    expect(axisFormatter(conversion)(12.5)).toMatch(/^12[.,]5%$/);
  });

  it('labels other metrics with at most two decimals', () => {
    expect(axisFormatter(signups)(1 / 3)).toMatch(/^0[.,]33$/);
  });
});
