// /healthz, /readyz and /metrics of a running stack, after real traffic through the mock WeChat.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoPerson } from '../../src/store/seed/demo-county.js';
import { eventually } from '../support/eventually.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
});

const get = (path: string) => fetch(`${app.admin!.url}${path}`);

it('answers /healthz, and /readyz with each dependency named', async () => {
  expect(await (await get('/healthz')).json()).toEqual({ status: 'ok' });
  const ready = await get('/readyz');
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready', checks: { redis: { ok: true }, postgres: { ok: true }, wechat: { ok: true } } });
});

it('counts messages in and out, replies by capability, latency, queue depths and the login', async () => {
  const parent = demoPerson('parent').contactId!;
  app.world.sayPrivately(parent, '帮助');
  app.world.sayPrivately(parent, '营养餐一天补多少钱？');
  await eventually(() => expect(app.world.sentTo(parent).length).toBeGreaterThanOrEqual(2));
  const metrics = await eventually(async () => {
    const text = await (await get('/metrics')).text();
    expect(text).toMatch(/bangfu_messages_out_total\{priority="reply"\} [2-9]/);
    return text;
  });
  expect(metrics).toMatch(/bangfu_messages_in_total\{kind="text",status="handled"\} 2/);
  expect(metrics).toMatch(/bangfu_replies_total\{capability="help"\} 1/);
  expect(metrics).toMatch(/bangfu_replies_total\{capability="policy-qa[^"]*"\} \d/);
  expect(metrics).toMatch(/bangfu_reply_latency_seconds_count\{priority="reply"\} [2-9]/);
  expect(metrics).toMatch(/bangfu_pacing_wait_seconds_count \d/);
  expect(metrics).toMatch(/bangfu_queue_jobs\{queue="\{reminders\}",state="delayed"\} \d/);
  expect(metrics).toMatch(/bangfu_wechat_logged_in\{bot="[^"]+"\} 1/);
  expect(metrics).not.toContain('营养餐');
});
