import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config.js';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON for machines, pretty lines for people: as asked when asked (ACCORD_LOG_FORMAT), else pretty
 * only for a person at a terminal outside production. Production logs go to a collector even when
 * someone runs the server by hand, so they stay JSON there unless explicitly asked.
 */
export function chooseLogFormat(situation: {
  requested: Config['logFormat'];
  isProduction: boolean;
  isTerminal: boolean;
}): LogFormat {
  if (situation.requested !== 'auto') return situation.requested;
  return situation.isTerminal && !situation.isProduction ? 'pretty' : 'json';
}

export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat' | 'isProduction'>,
  output: { isTTY?: boolean } = process.stdout,
): Logger {
  const format = chooseLogFormat({
    requested: config.logFormat,
    isProduction: config.isProduction,
    isTerminal: output.isTTY === true,
  });
  if (format === 'json') return pino({ level: config.logLevel });
  return pino(
    { level: config.logLevel },
    pretty({ colorize: output.isTTY === true, translateTime: 'SYS:HH:MM:ss.l' }),
  );
}
