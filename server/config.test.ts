import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('the configuration', () => {
  it('keeps metrics off unless asked, on the app’s port or on one of their own', () => {
    expect(loadConfig({}).metrics).toBeNull();
    expect(loadConfig({ ACCORD_METRICS: 'false' }).metrics).toBeNull();
    expect(loadConfig({ ACCORD_METRICS: 'true' }).metrics).toEqual({ port: null });
    expect(loadConfig({ ACCORD_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464 });
    expect(loadConfig({ ACCORD_METRICS: 'true', ACCORD_METRICS_PORT: '9464' }).metrics).toEqual({
      port: 9464,
    });
  });

  it('refuses metrics settings it cannot follow, saying which', () => {
    expect(() => loadConfig({ ACCORD_METRICS: 'yes' })).toThrow(/ACCORD_METRICS must be true or false/);
    expect(() => loadConfig({ ACCORD_METRICS_PORT: 'ninety' })).toThrow(/ACCORD_METRICS_PORT must be a port/);
    expect(() => loadConfig({ PORT: '8080', ACCORD_METRICS_PORT: '8080' })).toThrow(/must differ from PORT/);
  });

  it('reads the log format and whether this is production', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(loadConfig({ ACCORD_LOG_FORMAT: 'json' }).logFormat).toBe('json');
    expect(() => loadConfig({ ACCORD_LOG_FORMAT: 'xml' })).toThrow(
      /ACCORD_LOG_FORMAT must be json, pretty or auto/,
    );
    expect(loadConfig({}).isProduction).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).isProduction).toBe(true);
  });
});
