import { describe, expect, it } from 'vitest';
import { chooseLogFormat } from './logger.js';

describe('the log format', () => {
  it('is pretty for a person at a terminal, and JSON when the output goes to a file or a collector', () => {
    expect(chooseLogFormat({ requested: 'auto', isProduction: false, isTerminal: true })).toBe('pretty');
    expect(chooseLogFormat({ requested: 'auto', isProduction: false, isTerminal: false })).toBe('json');
  });

  it('stays JSON in production even at a terminal, unless pretty is asked for', () => {
    expect(chooseLogFormat({ requested: 'auto', isProduction: true, isTerminal: true })).toBe('json');
    expect(chooseLogFormat({ requested: 'pretty', isProduction: true, isTerminal: false })).toBe('pretty');
  });

  it('is JSON when asked, even at a terminal', () => {
    expect(chooseLogFormat({ requested: 'json', isProduction: false, isTerminal: true })).toBe('json');
  });
});
