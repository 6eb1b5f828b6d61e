import { deepFreeze } from '../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../core/finding-catalogue.js';

/**
 * What each warning of {@link readSurveyExport} means: every guess the reader makes that a person
 * should check is one of these, with a stable code (never renamed) and, in the result, a message
 * naming the columns, rows or labels concerned.
 *
 * @example
 * surveyExportWarnings.RATER_IDS_INVENTED.severity //=> 'warning'
 * @see {@link surveyExportWarningCodes}
 */
export const surveyExportWarnings = /* @__PURE__ */ deepFreeze({
  HEADER_ROWS_SKIPPED: {
    severity: 'info',
    meaning: 'Rows after the first were read as further header rows (question wording, import ids), not as responses.',
  },
  RATER_IDS_INVENTED: {
    severity: 'warning',
    meaning: 'The export has no rater column, so each response was given a rater id made from its row number.',
  },
  ROLE_COLUMN_CHOSEN: {
    severity: 'advice',
    meaning: 'More than one column could be the ratee, rater or rater-group column; the reader chose one by its header.',
  },
  GROUP_LABELS_READ: {
    severity: 'info',
    meaning: 'Relationship labels other than the group names were read as rater groups, from the rater’s side.',
  },
  ITEMS_WITHOUT_COLUMN: {
    severity: 'warning',
    meaning: 'Some items of the instrument match no column of the export, so they have no ratings.',
  },
  OPEN_QUESTIONS_WITHOUT_COLUMN: {
    severity: 'advice',
    meaning: 'Some open questions of the instrument match no column of the export, so they have no comments.',
  },
  COLUMNS_IGNORED: {
    severity: 'info',
    meaning: 'Some columns match no item, open question or role and were not read.',
  },
} as const satisfies Record<string, FindingDefinition>);

/**
 * A code of {@link surveyExportWarnings}.
 * @see {@link surveyExportWarnings}
 */
export type SurveyExportWarningCode = keyof typeof surveyExportWarnings;

/**
 * The codes of {@link surveyExportWarnings}, in catalogue order.
 *
 * @example
 * surveyExportWarningCodes[0] //=> 'HEADER_ROWS_SKIPPED'
 * @see {@link surveyExportWarnings}
 */
export const surveyExportWarningCodes = /* @__PURE__ */ findingCodesOf(surveyExportWarnings);

/**
 * One warning of {@link readSurveyExport}: a stable code and a plain sentence naming what to check.
 * @see {@link surveyExportWarnings}
 */
export interface SurveyExportWarning {
  /** The warning's code, one of {@link surveyExportWarningCodes}. */
  readonly code: SurveyExportWarningCode;
  /** What was guessed or left out, naming the columns, rows or labels. */
  readonly message: string;
}
