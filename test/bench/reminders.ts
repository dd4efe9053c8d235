// Reminders on the real stack (one process, pacing off) against the mock WeChat:
// - fire lag: a reminder's time → its send queued, for reminders falling due 20 ms apart;
// - fan-out: one reminder to 10,000 unit groups, from its time to the last send handed to the puppet.
// The plan is imported for a far year; the measured reminders are then made due a moment from now
// and their timers set, exactly as an import would set them.
import { startApp, type RunningApp } from '../../src/app/start-app.js';
import { MockWorld } from '../../src/chat/mock-world.js';
import { loadConfig } from '../../src/config.js';
import { importPlan } from '../../src/reminders/import-plan.js';
import { createLogger } from '../../src/shared/logger.js';
import { throwIfAborted } from './abort.js';
import { benchEnvVars } from './pipeline-harness.js';
import { figure, log, percentile, round, type BenchModule } from './report.js';

const ROOMS = 10_000;
const LAG_SAMPLES = 300;
const LAG_SPACING_MS = 20;
const LEAD_MS = 2_000;
const YEAR = 2030;

const unitCode = (index: number) => `bench-unit-${String(index).padStart(5, '0')}`;
const roomId = (index: number) => `bench-room-${String(index).padStart(5, '0')}@chatroom`;
const contactId = (index: number) => `wxid_bench_unit_${String(index).padStart(5, '0')}`;

function benchPlanText(): string {
  const units = Array.from({ length: ROOMS }, (_, index) => ({
    code: unitCode(index),
    name: { zh: `压测单位${index}`, en: `Bench unit ${index}` },
    duty: { zh: '压测', en: 'bench' },
  }));
  const stages = [
    { code: 'everyone', title: { zh: '全体阶段', en: 'Everyone stage' }, start: '06-03', end: '06-28', units: 'all' },
    ...Array.from({ length: LAG_SAMPLES }, (_, index) => ({
      code: `single-${index}`,
      title: { zh: `单个阶段${index}`, en: `Single stage ${index}` },
      start: '06-10',
      end: '06-20',
      units: [unitCode(index)],
    })),
  ];
  return JSON.stringify({
    code: 'bench-plan',
    title: { zh: '压测计划', en: 'Bench plan' },
    source: { document: 'bench', section: 'bench' },
    recipients: [{ code: 'office', name: { zh: '办公室', en: 'Office' } }],
    stages,
    units,
    reminder_rules: [{ code: 'start', anchor: 'stage_start', offset_days: 0 }],
    escalation: { second_reminder_after_hours: 4, private_message_after_hours: 24, office_note_after_hours: 48 },
  });
}

/** Every unit gets its group and a contact on WeChat, in the database and in the mock world. */
async function bindUnits(app: RunningApp, world: MockWorld): Promise<void> {
  const units = await app.db.unit.findMany({ where: { code: { startsWith: 'bench-unit-' } }, select: { id: true, code: true } });
  const idOf = new Map(units.map((unit) => [unit.code, unit.id]));
  const indexes = Array.from({ length: ROOMS }, (_, index) => index);
  await app.db.chatRoom.createMany({ data: indexes.map((index) => ({ roomId: roomId(index), topic: `压测群${index}`, unitId: idOf.get(unitCode(index))!, boundAt: new Date() })) });
  await app.db.person.createMany({ data: indexes.map((index) => ({ id: `bench-person-${index}`, name: `联络员${index}`, role: 'UNIT_CONTACT' as const, unitId: idOf.get(unitCode(index))! })) });
  await app.db.contactBinding.createMany({ data: indexes.map((index) => ({ contactId: contactId(index), personId: `bench-person-${index}` })) });
  for (const index of indexes) {
    world.addContact(contactId(index), `联络员${index}`);
    world.addRoom(roomId(index), `压测群${index}`, [contactId(index)]);
  }
}

/** Makes reminders due at the given instants and sets their timers, as an import would. */
async function makeDue(app: RunningApp, items: { key: string; at: Date }[]): Promise<Map<string, { id: string; at: Date }>> {
  const due = new Map<string, { id: string; at: Date }>();
  for (const item of items) {
    const row = await app.db.reminder.update({ where: { key: item.key }, data: { announceAt: item.at, nominalAt: item.at } });
    due.set(row.id, { id: row.id, at: item.at });
  }
  for (const { id, at } of due.values()) await app.reminders.deps.timers.wakeForReminder(id, at);
  return due;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    throwIfAborted();
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const remindersModule: BenchModule = {
  name: 'reminders',
  description: `reminder fire lag (${LAG_SAMPLES} reminders) and a ${ROOMS.toLocaleString('en-US')}-room fan-out, pacing off`,
  async run({ env }) {
    // Quiet hours off: the bench must measure the same at 23:00 as at 09:00.
    const config = loadConfig({ ...benchEnvVars(env, env.prefix('reminders'), 4), QUIET_HOURS_START: '00:00', QUIET_HOURS_END: '00:00' });
    const world = new MockWorld();
    const app = await startApp({ role: 'all', config, world, skipDatabaseSetup: true, logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent', process.stderr) });
    try {
      const accountId = await app.loggedIn;
      const imported = Date.now();
      const report = await importPlan(app.reminders.deps, { text: benchPlanText(), format: 'json', year: YEAR, by: 'bench', now: new Date() });
      log(`imported a ${ROOMS}-unit plan (${report.created} reminders) in ${((Date.now() - imported) / 1000).toFixed(1)} s`);
      await bindUnits(app, world);
      const outbound = app.outbound.queueFor(accountId);

      // Fire lag: when each reminder's first send was queued, against its time.
      const start = Date.now() + LEAD_MS;
      const lagItems = Array.from({ length: LAG_SAMPLES }, (_, index) => ({ key: `bench-plan:${YEAR}:single-${index}:start:${unitCode(index)}:0`, at: new Date(start + index * LAG_SPACING_MS) }));
      const lagDue = await makeDue(app, lagItems);
      await waitFor(() => world.sent.length >= LAG_SAMPLES, 60_000, 'the fire-lag sends');
      const jobs = await outbound.getJobs(['completed', 'waiting', 'active', 'prioritized', 'delayed']);
      const lags: number[] = [];
      for (const job of jobs) {
        const reminderId = /^rem-(.+)-r\d+-/.exec(String(job.data.origin))?.[1];
        const due = reminderId ? lagDue.get(reminderId) : undefined;
        if (due) lags.push(job.timestamp - due.at.getTime());
      }
      lags.sort((a, b) => a - b);
      log(`fire lag over ${lags.length} reminders: p50 ${percentile(lags, 50)} ms, p99 ${percentile(lags, 99)} ms, max ${lags.at(-1)} ms`);

      // Fan-out: one reminder to every room.
      const base = world.sent.length;
      const fanOutAt = new Date(Date.now() + LEAD_MS);
      let lastSendAt = 0;
      world.onSent(() => (lastSendAt = Date.now()));
      await makeDue(app, [{ key: `bench-plan:${YEAR}:everyone:start:all:0`, at: fanOutAt }]);
      await waitFor(() => world.sent.length - base >= ROOMS, 120_000, `${ROOMS} fan-out sends`);
      const fanOutS = (lastSendAt - fanOutAt.getTime()) / 1000;
      log(`fan-out: ${ROOMS} rooms in ${fanOutS.toFixed(2)} s after the reminder's time`);

      return {
        figures: [
          figure('reminder_fire_lag_p50_ms', round(percentile(lags, 50), 1), 'ms', `reminder time → its send queued, ${lags.length} reminders ${LAG_SPACING_MS} ms apart`),
          figure('reminder_fire_lag_p99_ms', round(percentile(lags, 99), 1), 'ms', 'same, 99th percentile'),
          figure('fanout_10k_rooms_s', round(fanOutS, 2), 's', `one reminder, ${ROOMS.toLocaleString('en-US')} unit groups: its time → last send handed to the puppet (pacing off)`),
        ],
      };
    } finally {
      await app.stop({ force: true });
    }
  },
};
