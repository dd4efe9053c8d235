import { describe, expect, it } from 'vitest';
import { parsePlanFile, PlanFileError, type PlanFileIssue } from '../../src/reminders/plan-file.js';
import { lineContaining, SMALL_PLAN_YAML } from './fixtures.js';

function issuesOf(text: string, options: { year: number; format?: 'yaml' | 'json' } = { year: 2026 }): PlanFileIssue[] {
  let result: unknown;
  try {
    result = parsePlanFile(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return [...(error as PlanFileError).issues];
  }
  throw new Error(`expected PlanFileError, got a plan: ${JSON.stringify(result).slice(0, 80)}`);
}

describe('parsePlanFile', () => {
  it('accepts the small valid plan and binds it to the year', () => {
    const plan = parsePlanFile(SMALL_PLAN_YAML, { year: 2026 });
    expect(plan.stages[0]).toMatchObject({ start: '2026-03-02', end: '2026-03-06', unitCodes: ['unit-a', 'unit-b'] });
    expect(plan.stages[1]).toMatchObject({ unitCodes: ['unit-a'], allUnits: false });
    expect(plan.duties[0]?.dueDates).toEqual([
      { periodIndex: 4, due: '2026-04-10' },
      { periodIndex: 5, due: '2026-05-10' },
    ]);
    expect(plan.reminderRules[0]?.at).toBe('09:00');
  });

  it('reports an impossible date with its path and line', () => {
    const text = SMALL_PLAN_YAML.replace('end: "03-20"', 'end: "02-30"');
    expect(issuesOf(text)).toContainEqual({
      path: 'stages[1].end',
      line: lineContaining(text, 'end: "02-30"'),
      message: expect.stringMatching(/02-30.*\/.*02-30 is not a real date in 2026/),
    });
  });

  it('knows February 29 exists only in leap years', () => {
    const text = SMALL_PLAN_YAML.replace('start: "03-02"', 'start: "02-29"');
    expect(parsePlanFile(text, { year: 2028 }).stages[0]?.start).toBe('2028-02-29');
    expect(issuesOf(text, { year: 2026 }).map((issue) => issue.path)).toContain('stages[0].start');
  });

  it('reports an end before the start', () => {
    const text = SMALL_PLAN_YAML.replace('end: "03-06"', 'end: "03-01"');
    expect(issuesOf(text)).toContainEqual(
      expect.objectContaining({ path: 'stages[0].end', line: lineContaining(text, 'end: "03-01"'), message: expect.stringContaining('before start') }),
    );
  });

  it('reports an unknown unit code in a duty and in a stage', () => {
    const text = SMALL_PLAN_YAML.replace('units: [unit-b]', 'units: [unit-z]').replace('units: [unit-a]', 'units: [unit-y]');
    const issues = issuesOf(text);
    expect(issues).toContainEqual(
      expect.objectContaining({ path: 'duties[0].units[0]', line: lineContaining(text, 'units: [unit-z]'), message: expect.stringContaining('unit-z') }),
    );
    expect(issues.map((issue) => issue.path)).toContain('stages[1].units[0]');
  });

  it('reports a missing field at the line of the object that lacks it', () => {
    const text = SMALL_PLAN_YAML.replace('    duty: { zh: 做乙, en: Do B }\n', '');
    expect(issuesOf(text)).toEqual([
      { path: 'units[1].duty', line: lineContaining(text, 'code: unit-b'), message: expect.stringContaining('required field is missing') },
    ]);
  });

  it('reports duplicate codes, also across stages and duties', () => {
    const text = SMALL_PLAN_YAML.replace('code: unit-b', 'code: unit-a').replace('code: monthly', 'code: alpha');
    const paths = issuesOf(text).map((issue) => issue.path);
    expect(paths).toContain('units[1].code');
    expect(paths).toContain('duties[0].code');
  });

  it('reports an unknown recipient and a duty with both due and recurrence', () => {
    const text = SMALL_PLAN_YAML.replace('      to: office', '      to: nowhere').replace(
      '    recurrence:',
      '    due: "04-01"\n    recurrence:',
    );
    const paths = issuesOf(text).map((issue) => issue.path);
    expect(paths).toContain('stages[0].deliverable.to');
    expect(paths).toContain('duties[0]');
  });

  it('reports a kind that contradicts its anchor and offset', () => {
    const text = SMALL_PLAN_YAML.replace('offset_days: 1, kind: overdue', 'offset_days: -1, kind: overdue');
    expect(issuesOf(text)).toContainEqual(expect.objectContaining({ path: 'reminder_rules[4].kind' }));
  });

  it('reports unknown fields and badly written values', () => {
    const text = SMALL_PLAN_YAML.replace('    start: "03-10"', '    start: "3/10"\n    colour: red').replace(
      '{ code: start, anchor: stage_start, offset_days: 0 }',
      '{ code: start, anchor: stage_start, offset_days: 0, at: "9am" }',
    );
    const issues = issuesOf(text);
    expect(issues).toContainEqual(expect.objectContaining({ path: 'stages[1].start', message: expect.stringContaining('"MM-DD"') }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'stages[1]', message: expect.stringContaining('colour') }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'reminder_rules[1].at', message: expect.stringContaining('HH:MM') }));
  });

  it('reports a YAML syntax error with its line and returns nothing', () => {
    const text = SMALL_PLAN_YAML.replace('    end: "03-20"', '    end: "03-20\n    units: [');
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatchObject({ path: '', message: expect.stringContaining('YAML 语法错误') });
    expect(issues[0]?.line).toBeGreaterThanOrEqual(lineContaining(text, 'end: "03-20'));
  });

  it('reports tab indentation and duplicate keys as syntax errors at their lines', () => {
    const tabbed = SMALL_PLAN_YAML.replace('    units: [unit-a]', '\tunits: [unit-a]');
    expect(issuesOf(tabbed)[0]).toMatchObject({ path: '', line: lineContaining(tabbed, '\tunits') });
    const duplicated = SMALL_PLAN_YAML.replace('    end: "03-20"', '    end: "03-20"\n    end: "03-21"');
    expect(issuesOf(duplicated)[0]).toMatchObject({ path: '', line: lineContaining(duplicated, 'end: "03-21"') });
  });

  it('reports JSON syntax errors and JSON schema errors with lines', () => {
    expect(issuesOf('{ "code": "x",\n  "title": 1,\n}', { year: 2026, format: 'json' })[0]).toMatchObject({
      path: '',
      line: 3,
      message: expect.stringContaining('JSON'),
    });
    const json = JSON.stringify({ code: 'Bad Code' }, null, 2);
    const issues = issuesOf(json, { year: 2026 });
    expect(issues).toContainEqual(expect.objectContaining({ path: 'code', line: 2, message: expect.stringContaining('ASCII') }));
    expect(issues).toContainEqual(expect.objectContaining({ path: 'stages', line: 1 }));
  });

  it('reports all problems at once with Chinese and English wording', () => {
    const text = SMALL_PLAN_YAML.replace('end: "03-20"', 'end: "13-01"').replace('units: [unit-b]', 'units: [ghost]');
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) expect(issue.message).toMatch(/\p{Script=Han}.* \/ .*[A-Za-z]/u);
  });

  it('rejects an impossible year', () => {
    expect(issuesOf(SMALL_PLAN_YAML, { year: 20 })[0]?.message).toContain('invalid year');
  });

  it('accepts unquoted months in a recurrence', () => {
    const text = SMALL_PLAN_YAML.replace('from: "04", until: "05"', 'from: 4, until: 05');
    expect(parsePlanFile(text, { year: 2026 }).duties[0]?.dueDates.map((date) => date.due)).toEqual(['2026-04-10', '2026-05-10']);
  });

  it('clamps a monthly day past the end of a month to its last day', () => {
    const text = SMALL_PLAN_YAML.replace('day: 10', 'day: 31');
    expect(parsePlanFile(text, { year: 2026 }).duties[0]?.dueDates.map((date) => date.due)).toEqual(['2026-04-30', '2026-05-31']);
  });
});
