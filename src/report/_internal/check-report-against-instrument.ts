/**
 * The HTML 360 report's check that a report and the instrument it is rendered with belong
 * together, so that a page never labels one instrument's figures with another's names. Pure.
 *
 * @module
 */
import { LmdInputError, type LmdInputIssueInit } from '../../core/index.js';
import type { Feedback360Report } from '../../lmd/index.js';
import type { Html360Context } from '../render-360-html.js';

/**
 * Checks that the report was built from this instrument: same scale, same competencies in the
 * same order, every item and flagged item known with its competency.
 */
export function checkReportAgainstInstrument(report: Feedback360Report, context: Html360Context): void {
  if (report === null || typeof report !== 'object' || !Array.isArray(report.competencies) || !Array.isArray(report.items) || typeof report.scale !== 'object') {
    throw new LmdInputError([{ keys: ['report'], message: 'expected a report from interpret360' }]);
  }
  if (typeof context?.rateeId !== 'string' || context.rateeId.trim() === '') {
    throw new LmdInputError([{ keys: ['context', 'rateeId'], message: `expected a non-blank text (received ${JSON.stringify(context?.rateeId)})` }]);
  }
  const { instrument } = context;
  const issues: LmdInputIssueInit[] = [];
  if (report.scale.min !== instrument.scale.min || report.scale.max !== instrument.scale.max) {
    issues.push({
      keys: ['report', 'scale'],
      message: `must match the instrument's scale ${instrument.scale.min} to ${instrument.scale.max} (received ${report.scale.min} to ${report.scale.max})`,
    });
  }
  const competencyIds = instrument.competencies.map((competency) => competency.id);
  if (report.competencies.length !== competencyIds.length) {
    issues.push({ keys: ['report', 'competencies'], message: `must hold the instrument's ${competencyIds.length} competencies (received ${report.competencies.length})` });
  }
  report.competencies.forEach((competency, index) => {
    if (competency.competencyId !== competencyIds[index]) {
      issues.push({
        keys: ['report', 'competencies', index, 'competencyId'],
        message: `must be the instrument's competency ${JSON.stringify(competencyIds[index] ?? null)} in this place (received ${JSON.stringify(competency.competencyId)})`,
      });
    }
  });
  const itemCompetency = new Map(instrument.items.map((item) => [item.id, item.competencyId]));
  report.items.forEach((item, index) => {
    const expected = itemCompetency.get(item.itemId);
    if (expected === undefined) issues.push({ keys: ['report', 'items', index, 'itemId'], message: `no item in the instrument has this id (received ${JSON.stringify(item.itemId)})` });
    else if (expected !== item.competencyId) {
      issues.push({ keys: ['report', 'items', index, 'competencyId'], message: `must be ${JSON.stringify(expected)}, the item's competency in the instrument (received ${JSON.stringify(item.competencyId)})` });
    }
  });
  const reported = new Set(report.items.map((item) => item.itemId));
  for (const key of ['blindSpots', 'hiddenStrengths'] as const) {
    report[key].forEach((itemId, index) => {
      if (!reported.has(itemId)) issues.push({ keys: ['report', key, index], message: `no item of the report has this id (received ${JSON.stringify(itemId)})` });
    });
  }
  if (issues.length > 0) throw new LmdInputError(issues);
}
