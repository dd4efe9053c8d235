import type { EligibilityFacts } from './types.js';
import { readBoarding, readKindergarten, readPoorHousehold, readStage, readYiArea, situationText } from './read-family-situation.js';

/** Facts the asker already gave ("我家是建档立卡户，孩子上初中住校"), so we never ask them again. */
export function extractEligibilityFacts(text: string): Partial<EligibilityFacts> {
  const situation = situationText(text);
  const facts: Partial<EligibilityFacts> = {};
  const stage = readStage(situation);
  if (stage) facts.stage = stage;
  const boarding = readBoarding(situation);
  if (boarding !== undefined) facts.boarding = boarding;
  const poorHousehold = readPoorHousehold(situation);
  if (poorHousehold !== undefined) facts.poorHousehold = poorHousehold;
  const kindergarten = readKindergarten(situation);
  if (kindergarten) facts.kindergarten = kindergarten;
  const yiArea = readYiArea(situation);
  if (yiArea !== undefined) facts.yiArea = yiArea;
  return facts;
}
