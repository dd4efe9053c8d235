import type { KindergartenType, SchoolStage } from '../policy-fact-schema.js';

/** What a family has told us so far; a missing field has not been asked or understood yet. */
export type EligibilityFacts = {
  stage?: SchoolStage;
  boarding?: boolean;
  poorHousehold?: boolean;
  kindergarten?: KindergartenType;
  yiArea?: boolean;
};

export type EligibilityField = keyof EligibilityFacts;
