/**
 * Survey exports in: a 360 export from Qualtrics, SurveyMonkey, Microsoft Forms, Google Forms,
 * Culture Amp or a spreadsheet — wide (one row per response) or long (one row per rating), as CSV
 * text or rows already parsed — read into the ratings `interpret360Cohort` takes and the comments
 * of the open questions, with every column's reading and every guess stated. Pure, no Node
 * built-ins; import from `lmdkit/import`.
 *
 * @module import
 */
export { readSurveyExport } from './read-survey-export.js';
export type { SurveyExport, SurveyGroupLabel } from './read-survey-export.js';
export { planSurveyColumns, surveyColumnRoles, surveyColumnMatches } from './plan-survey-columns.js';
export type { SurveyCell, SurveyColumn, SurveyColumnPlan, SurveyColumnRole, SurveyColumnMatch } from './plan-survey-columns.js';
export { surveyRecordReader, groupLabelMatches } from './survey-record-reader.js';
export type { SurveyRecord, GroupLabelMatch } from './survey-record-reader.js';
export { parseSurveyCsv } from './parse-survey-csv.js';
export type { SurveyCsv, SurveyCsvDelimiter } from './parse-survey-csv.js';
export { readSurveyExportOptionsSchema, surveyExportFormats } from './survey-export-options.js';
export type { ReadSurveyExportOptions, SurveyExportFormat } from './survey-export-options.js';
export { surveyExportWarnings, surveyExportWarningCodes } from './survey-export-warnings.js';
export type { SurveyExportWarning, SurveyExportWarningCode } from './survey-export-warnings.js';
export { surveyExportStream } from './survey-export-stream.js';
export type { SurveyExportColumns, SurveyExportStream } from './survey-export-stream.js';
export { parseUnitsCsv } from './parse-units-csv.js';
