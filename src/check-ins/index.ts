export * from './check-in-types.js';
export { parseCheckIn, toCheckInJson, type ParseCheckInOptions } from './parse-check-in.js';
export { parseFieldEdit, type EditTarget, type FieldEdit, type FieldEditErrorCode } from './parse-field-edit.js';
export { parseFieldValue, type EditableField, type FieldChange, type FieldValueResult, type FieldValueOptions } from './parse-field-value.js';
export { parseConfirmationReply, type ConfirmationReply } from './parse-confirmation-reply.js';
export {
  renderCheckInSummary,
  renderMissingQuestion,
  describeProblem,
  formatDate,
  formatDuration,
  formatYuan,
  type CheckInSummaryRecord,
  type RenderOptions,
} from './render-check-in.js';
export {
  computePairingProgress,
  renderProgress,
  DEFAULT_PAIRING_TARGETS,
  DEFAULT_GRACE_DAYS,
  PAIRING_TARGETS_SOURCE,
  type PairingProgress,
  type PairingTargets,
  type ProgressOptions,
  type VisitForProgress,
  type VisitStatus,
  type HouseholdProgress,
} from './progress.js';
export { maskPersonalData } from '../shared/mask-personal-data.js';
