import type { EligibilityFacts, EligibilityField } from './types.js';
import { readBoarding, readKindergarten, readPoorHousehold, readStage, readYiArea, situationText } from './read-family-situation.js';

const NO = /^(?:不是|不算|不对|不属于|没有|没|否|不|非|no|nope|nah|not|n)(?![a-z])/;
const YES = /^(?:是|是的|对|对的|嗯|有|算|当然|没错|yes|yeah|yep|yup|sure|right|correct|y|we are|i am|it is)(?![a-z])/;

// "不知道" starts like "不" (no) but answers nothing: the caller must ask again.
const UNSURE = /不知道|不清楚|不确定|不晓得|说不好|不好说|don't know|do not know|not sure|no idea|unsure/;

function readYesNo(text: string): boolean | undefined {
  if (UNSURE.test(text)) return undefined;
  if (NO.test(text)) return false;
  if (YES.test(text)) return true;
  return undefined;
}

/**
 * Understands a reply to {@link nextEligibilityQuestion}. Returns undefined when the reply is
 * not understood, so the caller asks again instead of guessing.
 */
export function parseEligibilityAnswer<F extends EligibilityField>(field: F, text: string): EligibilityFacts[F] | undefined;
export function parseEligibilityAnswer(field: EligibilityField, text: string): EligibilityFacts[EligibilityField] | undefined {
  const situation = situationText(text);
  if (situation === '') return undefined;
  switch (field) {
    case 'stage':
      return readStage(situation);
    case 'kindergarten':
      if (/^(?:民办)$/.test(situation)) return undefined;
      return readKindergarten(situation) ?? (/^(?:批准|批准的|有证|approved)/.test(situation) ? 'approved_private' : undefined);
    case 'boarding':
      return readBoarding(situation) ?? readYesNo(situation);
    case 'poorHousehold':
      return readPoorHousehold(situation) ?? readYesNo(situation);
    case 'yiArea':
      return readYiArea(situation) ?? readYesNo(situation);
  }
}
