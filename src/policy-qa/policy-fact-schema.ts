import { z } from 'zod';

/** A text in both reply languages: every fact must be answerable in Chinese and in English. */
const bilingualText = z.object({
  zh: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

export const SCHOOL_STAGES = ['preschool', 'primary', 'junior_high', 'senior_high', 'vocational'] as const;
export const KINDERGARTEN_TYPES = ['public', 'approved_private', 'other_private'] as const;
export const FACT_KINDS = [
  'subsidy',
  'fee_exemption',
  'programme',
  'plan_stage',
  'unit_duty',
  'plan_rule',
  'target',
  // An answer the action-team office gave to a handed-off question, promoted into the table.
  'office_answer',
] as const;
export const SCOPE_LEVELS = ['county', 'school', 'college', 'kindergarten'] as const;

const snakeCase = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a snake_case word such as per_student_per_day');
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD (the documents give no year)');

/** Conditions the eligibility check compares with what a family told us; absent = no condition. */
const eligibilitySchema = z
  .object({
    stages: z.array(z.enum(SCHOOL_STAGES)).min(1).optional(),
    boarding: z.boolean().optional(),
    poor_household: z.boolean().optional(),
    kindergarten: z.array(z.enum(KINDERGARTEN_TYPES)).min(1).optional(),
    yi_area: z.boolean().optional(),
  })
  .strict();

export const policyFactSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug such as nutrition-meal-subsidy'),
    kind: z.enum(FACT_KINDS),
    version: z.number().int().positive(),
    title: bilingualText,
    answer: bilingualText,
    amount: z
      .object({ value: z.number().nonnegative(), unit: snakeCase, period: snakeCase })
      .strict()
      .optional(),
    dates: z.object({ from: monthDay, to: monthDay }).strict().optional(),
    eligibility: eligibilitySchema.optional(),
    family_pays: bilingualText.optional(),
    keywords: z.object({
      zh: z.array(z.string().trim().min(1)).min(1),
      en: z.array(z.string().trim().min(1)).min(1),
    }),
    source: z
      .object({
        document: z.string().trim().min(1),
        document_zh: z.string().trim().min(1),
        section: z.string().trim().min(1),
        section_zh: z.string().trim().min(1),
        quote: z.string().trim().min(1),
      })
      .strict(),
    scope: z.object({ level: z.enum(SCOPE_LEVELS), name: bilingualText }).strict(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    // The seeds mask every year ("20xx"); a year in a record can only be an invention.
    const yearPattern = /(?:19|20)\d{2}\s*年|\b(?:19|20)\d{2}\b(?!\s*(?:yuan|元|households|户|people|人|acres|亩))/i;
    for (const [path, text] of textFields(fact)) {
      if (yearPattern.test(text)) {
        ctx.addIssue({ code: 'custom', path, message: 'contains a year; the source documents give none' });
      }
    }
  });

export type PolicyFact = z.infer<typeof policyFactSchema>;
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type KindergartenType = (typeof KINDERGARTEN_TYPES)[number];
export type FactKind = (typeof FACT_KINDS)[number];
export type FactEligibility = NonNullable<PolicyFact['eligibility']>;

function textFields(fact: PolicyFact): Array<[Array<string | number>, string]> {
  const fields: Array<[Array<string | number>, string]> = [
    [['title', 'zh'], fact.title.zh],
    [['title', 'en'], fact.title.en],
    [['answer', 'zh'], fact.answer.zh],
    [['answer', 'en'], fact.answer.en],
  ];
  if (fact.family_pays) {
    fields.push([['family_pays', 'zh'], fact.family_pays.zh], [['family_pays', 'en'], fact.family_pays.en]);
  }
  return fields;
}
