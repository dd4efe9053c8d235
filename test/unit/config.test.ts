import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

it('works with no environment at all, with developer-machine defaults', () => {
  const config = loadConfig({});
  expect(config.databaseUrl).toBe('postgresql://postgres@127.0.0.1:5432/bangfu');
  expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
  expect(config.pacing.enabled).toBe(true);
  expect(config.quietHours).toEqual({ start: '21:30', end: '07:30' });
});

it.each([
  ['REDIS_URL', 'not a url'],
  ['SEND_MIN_GAP_MS', '-5'],
  ['SEND_PACING', 'maybe'],
  ['QUIET_HOURS_START', '25:00'],
  ['INBOUND_SHARDS', 'many'],
])('an invalid %s stops start-up with a message naming it', (name, value) => {
  expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  expect(() => loadConfig({ [name]: value })).toThrow(name);
});
