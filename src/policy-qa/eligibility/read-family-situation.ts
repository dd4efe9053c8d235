import type { KindergartenType, SchoolStage } from '../policy-fact-schema.js';
import { normalizeText } from '../normalize-question.js';
import { synonyms } from '../synonyms.js';

/**
 * Reads single facts about a family out of free text. Each reader returns undefined when the
 * text does not say, so "we are not poor" (false) stays distinct from silence (undefined).
 */
export function situationText(raw: string): string {
  return synonyms.canonicalize(normalizeText(raw));
}

const NEGATION = String.raw`(?:不是|并不是|不算|不属于|不|没有|没|非|无|not|n't|no|isn't|aren't|never)\s*(?:在|住在|属于|算|是)?\s*(?:(?:a|an|the|in|at|registered)\s+)*`;

function saysNegated(text: string, canonicalTerm: string): boolean {
  return new RegExp(`${NEGATION}${canonicalTerm.replace(/[+]/g, '\\+')}`).test(text);
}

function readFlag(text: string, canonicalTerm: string): boolean | undefined {
  if (!text.includes(canonicalTerm)) return undefined;
  return !saysNegated(text, canonicalTerm);
}

const STAGE_TERMS: ReadonlyArray<readonly [string, SchoolStage]> = [
  ['幼儿园', 'preschool'],
  ['保教费', 'preschool'],
  ['小学', 'primary'],
  ['初中', 'junior_high'],
  ['高中', 'senior_high'],
  ['中职', 'vocational'],
  ['9+3', 'vocational'],
];

/** The school stage mentioned first, if any ("读初二" → junior_high). */
export function readStage(text: string): SchoolStage | undefined {
  let found: { at: number; stage: SchoolStage } | undefined;
  for (const [term, stage] of STAGE_TERMS) {
    const at = text.indexOf(term);
    if (at >= 0 && (!found || at < found.at)) found = { at, stage };
  }
  return found?.stage;
}

export function readBoarding(text: string): boolean | undefined {
  if (text.includes('走读')) return false;
  return readFlag(text, '寄宿');
}

export function readPoorHousehold(text: string): boolean | undefined {
  return readFlag(text, '贫困');
}

export function readYiArea(text: string): boolean | undefined {
  if (text.includes('9+3') && !text.includes('彝区')) return true;
  return readFlag(text, '彝区');
}

const UNAPPROVED = /没批准|没有批准|未批准|未经批准|没审批|无证|没有证|没证|黑园|unapproved|unlicensed|not approved|not licensed|without approval/;
const APPROVED = /批准|审批|有证|正规|备案|approved|licensed|registered/;

export function readKindergarten(text: string): KindergartenType | undefined {
  if (UNAPPROVED.test(text)) return 'other_private';
  if (text.includes('公办')) return 'public';
  // A bare "民办" is ambiguous: only approved private kindergartens get the public subsidy.
  if (APPROVED.test(text)) return 'approved_private';
  return undefined;
}
