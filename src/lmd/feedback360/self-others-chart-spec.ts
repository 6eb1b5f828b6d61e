import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import type { CompetencyFigure360, Feedback360Report } from './feedback360-report.js';
import { feedback360ReportSchema } from './feedback360-report-schema.js';
import { raterGroups, type RaterGroup } from './rater-group.js';

const groupLabels: Readonly<Record<RaterGroup, string>> = /* @__PURE__ */ Object.freeze({
  self: 'Self',
  manager: 'Manager',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  other: 'Others',
});

/**
 * The label a chart or table gives a published figure's groups: `'Self'`, `'Peers'`,
 * `'Peers + Direct reports'` for a merged group, or `'All others'` for the pooled figure.
 *
 * @param groups - the figure's groups: a non-empty array of {@link raterGroups}
 * @param pooled - whether this is the all-others figure
 * @returns the label
 * @throws LmdInputError when `groups` is not a non-empty array of rater groups or `pooled` is not a boolean
 * @example
 * raterGroupLabel(['peer', 'direct-report'], false) //=> 'Peers + Direct reports'
 * raterGroupLabel(['manager', 'peer'], true) //=> 'All others'
 * raterGroupLabel(['boss'] as never, false) //=> throws LmdInputError
 * @see {@link selfOthersChartSpec}
 */
export function raterGroupLabel(groups: readonly RaterGroup[], pooled: boolean): string {
  if (typeof pooled !== 'boolean') {
    throw new LmdInputError([{ keys: ['pooled'], message: `expected true or false (received ${describeValue(pooled)})` }]);
  }
  if (!Array.isArray(groups) || groups.length === 0) {
    throw new LmdInputError([{ keys: ['groups'], message: `expected a non-empty array of rater groups (received ${describeValue(groups)})` }]);
  }
  groups.forEach((group: unknown, index) => {
    if (typeof group !== 'string' || !Object.hasOwn(groupLabels, group)) {
      throw new LmdInputError([
        { keys: ['groups', index], message: `expected one of ${raterGroups.map((known) => `"${known}"`).join(', ')} (received ${describeValue(group)})` },
      ]);
    }
  });
  return pooled ? 'All others' : labelOf(groups);
}

/** The label of validated groups. */
function labelOf(groups: readonly RaterGroup[]): string {
  return groups.map((group) => groupLabels[group]).join(' + ');
}

/**
 * A row of the chart's data: one figure for one competency.
 * @see {@link selfOthersChartSpec}
 */
export interface SelfOthersChartRow {
  /** The competency's name. */
  readonly competency: string;
  /** Who the figure is from ({@link raterGroupLabel}). */
  readonly source: string;
  /** The figure's mean. */
  readonly mean: number;
  /** Raters behind it. */
  readonly n: number;
}

/**
 * A Vega-Lite v5 specification, as plain JSON.
 * @see {@link selfOthersChartSpec}
 */
export interface VegaLiteSpec {
  /** The schema URL, naming the major version. */
  readonly $schema: string;
  /** The rest of the specification. */
  readonly [key: string]: unknown;
}

/**
 * A Vega-Lite v5 chart of a 360 report: for each competency, a bar for self, each shown group and
 * all others, on the instrument's scale. Notebooks (Deno Jupyter, Observable, JupyterLab) render
 * it as it is. It is built only from the report's published figures, so it can never show a group
 * the report hides; the description says which groups are hidden, without counts.
 *
 * @param report - a report from {@link interpret360}
 * @returns the specification, with the data inline
 * @throws LmdInputError naming the path when `report` does not match {@link feedback360ReportSchema}
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'i', score: 4 },
 *     { raterId: 'p1', group: 'peer', itemId: 'i', score: 3 },
 *     { raterId: 'p2', group: 'peer', itemId: 'i', score: 4 },
 *     { raterId: 'p3', group: 'peer', itemId: 'i', score: 2 },
 *     { raterId: 'p4', group: 'peer', itemId: 'i', score: 3 },
 *   ],
 * });
 * const spec = selfOthersChartSpec(report);
 * spec.$schema //=> 'https://vega.github.io/schema/vega-lite/v5.json'
 * const rows = (spec['data'] as { values: SelfOthersChartRow[] }).values;
 * rows.map((row) => row.source) //=> ['Self', 'Peers', 'All others']
 * @see Satyanarayan et al. (2017) `satyanarayan-et-al-2017` (Vega-Lite).
 */
export function selfOthersChartSpec(report: Feedback360Report): VegaLiteSpec {
  const valid = parseInput(feedback360ReportSchema, report, 'report');
  const values: SelfOthersChartRow[] = [];
  const sources: string[] = [];
  const note = (source: string): void => {
    if (!sources.includes(source)) sources.push(source);
  };
  for (const competency of valid.competencies) {
    type Entry = { figure: CompetencyFigure360; pooled: boolean };
    const figures: Entry[] = [];
    if (competency.self !== null) figures.push({ figure: competency.self, pooled: false });
    for (const figure of competency.groups) figures.push({ figure, pooled: false });
    if (competency.others !== null) figures.push({ figure: competency.others, pooled: true });
    for (const { figure, pooled } of figures) {
      const source = pooled ? 'All others' : labelOf(figure.groups);
      note(source);
      values.push({ competency: competency.name, source, mean: figure.mean, n: figure.n });
    }
  }
  const hidden = valid.hiddenGroups.map((entry) => labelOf(entry.groups));
  const description =
    'Mean rating by competency: self, each shown rater group and all others.' +
    (hidden.length > 0 ? ` Not shown, to protect anonymity: ${hidden.join(', ')}.` : '');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description,
    title: 'Self and others by competency',
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'competency', type: 'nominal', sort: null, title: null },
      yOffset: { field: 'source', type: 'nominal', sort: sources },
      x: {
        field: 'mean',
        type: 'quantitative',
        title: 'Mean rating',
        scale: { domain: [valid.scale.min, valid.scale.max] },
      },
      color: { field: 'source', type: 'nominal', sort: sources, title: 'Rater group' },
      tooltip: [
        { field: 'competency', type: 'nominal', title: 'Competency' },
        { field: 'source', type: 'nominal', title: 'Rater group' },
        { field: 'mean', type: 'quantitative', title: 'Mean', format: '.2f' },
        { field: 'n', type: 'quantitative', title: 'Raters' },
      ],
    },
  };
}
