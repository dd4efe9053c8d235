import { z } from 'zod';

/** The shape of a plan file as written (YAML or JSON), before cross-references are checked. */

// Codes end up in occurrence keys joined by ':' and in office commands, hence the ASCII slug.
const code = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'slug');

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ zh: text, en: text });

// Years are deliberately absent: the documents write "20xx" and the importer supplies the year.
const monthDay = z.string().regex(/^\d{2}-\d{2}$/, 'month_day');

// YAML 1.2 reads an unquoted `03` as the number 3; accept both spellings of a month.
const month = z
  .union([z.string().regex(/^(0[1-9]|1[0-2])$/), z.number().int().min(1).max(12)], { error: 'month' })
  .transform((value) => Number(value));

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_of_day');

const unitSelection = z.union([z.literal('all'), z.array(code).min(1)], { error: 'unit_selection' });

const deliverable = z.strictObject({
  what: bilingual,
  to: code,
  /** Defaults to the stage's end. */
  due: monthDay.optional(),
});

const stage = z.strictObject({
  code,
  title: bilingual,
  start: monthDay,
  end: monthDay,
  summary: bilingual.optional(),
  deliverable: deliverable.optional(),
  units: unitSelection,
});

const unit = z.strictObject({
  code,
  name: bilingual,
  aliases: z.array(text).default([]),
  duty: bilingual,
});

const recipient = z.strictObject({ code, name: bilingual });

const recurrence = z.strictObject({
  every: z.literal('month'),
  day: z.number().int().min(1).max(31),
  from: month,
  until: month.optional(),
});

const duty = z.strictObject({
  code,
  title: bilingual,
  units: unitSelection,
  what: bilingual,
  to: code,
  due: monthDay.optional(),
  recurrence: recurrence.optional(),
});

const reminderRule = z.strictObject({
  code,
  anchor: z.enum(['stage_start', 'stage_end', 'due']),
  offset_days: z.number().int().min(-60).max(60),
  kind: z.enum(['before_start', 'start', 'before_end', 'due', 'overdue']).optional(),
  at: timeOfDay.default('09:00'),
});

const hours = z.number().positive().max(24 * 30);

const escalation = z.strictObject({
  second_reminder_after_hours: hours,
  private_message_after_hours: hours,
  office_note_after_hours: hours,
});

export const planFileSchema = z.strictObject({
  code,
  title: bilingual,
  source: z.strictObject({ document: text, section: text }),
  leading_unit: code.optional(),
  recipients: z.array(recipient).min(1),
  stages: z.array(stage).min(1),
  units: z.array(unit).min(1),
  duties: z.array(duty).default([]),
  reminder_rules: z.array(reminderRule).min(1),
  escalation,
});

export type PlanFileContent = z.infer<typeof planFileSchema>;
export type PlanFileStage = PlanFileContent['stages'][number];
export type PlanFileDuty = PlanFileContent['duties'][number];
export type PlanFileRule = PlanFileContent['reminder_rules'][number];
