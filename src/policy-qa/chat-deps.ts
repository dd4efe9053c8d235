import type { OfficeDirectory, OpenQuestionStore } from './ports.js';
import type { PolicyLibrary } from './policy-library.js';

/** What the policy features need in a live chat; built by src/app from the store adapters. */
export type PolicyChatDeps = {
  library: PolicyLibrary;
  openQuestions: OpenQuestionStore;
  office: OfficeDirectory;
};

/** Text a number is written with in commands and messages: Q12. */
export const questionLabel = (number: number) => `Q${number}`;
