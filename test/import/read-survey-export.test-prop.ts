// Any cohort written out wide — random column order, random header and group synonyms, answer
// labels or numbers, random extra text columns — reads back to the same ratings; and the CSV
// splitter agrees with csv-parse on any table it writes.
import { fc, test } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { parseSurveyCsv, readSurveyExport } from '../../src/import/index.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../../src/lmd/feedback360/rating-360.js';
import { csvCell, exportInstrument } from './fixtures/survey-exports.js';

const instrument = exportInstrument;
const items = instrument.items;
const labels = instrument.scale.labels ?? [];

const rateeHeaders = ['Ratee', 'ratee_id', 'Subject', 'Subject Employee ID', 'Participant', 'Employee ID', 'Who are you giving feedback on?', 'FEEDBACK FOR'];
const raterHeaders = ['Rater', 'Rater ID', 'Respondent ID', 'ResponseId', 'reviewer', 'Respondent'];
const groupHeaders = ['Relationship', 'Rater group', 'Reviewer Type', 'Perspective', 'Role', 'How do you work with them?', 'rater_group'];
const groupLabels: Record<RaterGroup, readonly string[]> = {
  self: ['Self', 'self-assessment', 'Myself', 'SELF'],
  manager: ['Line manager', 'Manager', 'Boss', 'They report to me'],
  peer: ['Colleague', 'Peer', 'Co-worker', 'peers'],
  'direct-report': ['Direct report', 'I report to them', 'Direct Reports'],
  other: ['Other', 'Customer', 'Stakeholder'],
};
const itemHeader = (index: number, style: number): string => {
  const item = items[index] as (typeof items)[number];
  const text = item.text as string;
  return [item.id, text, `Q${index + 1}. ${text}`, `${index + 3}. ${text}`, `Please rate this person - ${text}`, `Rate: [${text}]`, text.toUpperCase()][style] as string;
};

const response = fc.record({
  ratee: fc.constantFrom('M01', 'M02', 'M 03', 'Ana, B'),
  group: fc.constantFrom<RaterGroup>('manager', 'peer', 'direct-report', 'other'),
  scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 6 }), { minLength: items.length, maxLength: items.length }),
  labelIndex: fc.nat(),
});

const cohort = fc.record({
  responses: fc.array(response, { minLength: 1, maxLength: 12 }),
  selfRatees: fc.subarray(['M01', 'M02']),
  rateeHeader: fc.constantFrom(...rateeHeaders),
  raterHeader: fc.option(fc.constantFrom(...raterHeaders), { freq: 3 }),
  groupHeader: fc.constantFrom(...groupHeaders),
  itemStyles: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: items.length, maxLength: items.length }),
  answers: fc.constantFrom('numbers', 'labels', 'mixed'),
  extras: fc.array(fc.record({ header: fc.constantFrom('Timestamp', 'Department', 'Notes', 'Extra', 'Start time', 'Language'), cells: fc.array(fc.string({ maxLength: 8 }), { minLength: 20, maxLength: 20 }) }), { maxLength: 3 }),
  order: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
});

describe('readSurveyExport (properties)', () => {
  test.prop([cohort])('any cohort written out wide reads back to the same ratings', (drawn) => {
    const rows = [
      ...drawn.selfRatees.map((ratee) => ({ ratee, group: 'self' as RaterGroup, scores: items.map(() => 3 as number | null), labelIndex: 0 })),
      ...drawn.responses,
    ];
    const raterIds = rows.map((_, index) => `r${index}`);
    const extras = drawn.extras.map((extra, index) => ({ header: `${extra.header} ${index}`, cells: extra.cells }));
    // Columns: ratee, rater (maybe), group, items, extras — shuffled.
    type Column = { header: string; cell: (row: (typeof rows)[number], index: number) => string };
    const columns: Column[] = [
      { header: drawn.rateeHeader, cell: (row) => row.ratee },
      { header: drawn.groupHeader, cell: (row) => { const options = groupLabels[row.group]; return options[row.labelIndex % options.length] as string; } },
      ...items.map((_, item): Column => ({
        header: itemHeader(item, drawn.itemStyles[item] as number),
        cell: (row, index) => {
          const score = row.scores[item] ?? null;
          if (score === null) return ['', 'N/A', "don't know", '-99'][(index + item) % 4] as string;
          const useLabel = drawn.answers === 'labels' || (drawn.answers === 'mixed' && (index + item) % 2 === 0);
          return useLabel ? (labels.find((entry) => entry.value === score)?.label as string) : String(score);
        },
      })),
      ...extras.map((extra): Column => ({ header: extra.header, cell: (_, index) => extra.cells[index % extra.cells.length] as string })),
    ];
    if (drawn.raterHeader !== null) columns.push({ header: drawn.raterHeader, cell: (_, index) => raterIds[index] as string });
    const keyed = columns.map((column, index) => ({ column, key: drawn.order[index] ?? index }));
    keyed.sort((a, b) => a.key - b.key);
    const ordered = keyed.map((entry) => entry.column);
    const text = [ordered.map((column) => csvCell(column.header)).join(','), ...rows.map((row, index) => ordered.map((column) => csvCell(column.cell(row, index))).join(','))].join('\r\n');

    const read = readSurveyExport(text, { instrument });
    const expected: CohortRating360[] = rows.flatMap((row, index) =>
      items.map((item, at) => ({
        rateeId: row.ratee,
        raterId: drawn.raterHeader === null ? `row-${index + 2}` : (raterIds[index] as string),
        group: row.group,
        itemId: item.id,
        score: row.scores[at] ?? null,
      })),
    );
    const sortKey = (rating: CohortRating360): string => `${rating.raterId}\u0000${rating.itemId}`;
    const sorted = (list: CohortRating360[]): CohortRating360[] => [...list].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
    expect(sorted(read.ratings)).toEqual(sorted(expected));
    expect(read.ratingRows).toHaveLength(read.ratings.length);
    expect(read.warnings.some((warning) => warning.code === 'RATER_IDS_INVENTED')).toBe(drawn.raterHeader === null);
  });

  const cellText = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'x\r\ny', ' padded ', ''));
  test.prop([fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean()])(
    'parseSurveyCsv agrees with csv-parse on every table written as CSV',
    (table, crlf, bom) => {
      const text = (bom ? '\uFEFF' : '') + table.map((row) => row.map(csvCell).join(',')).join(crlf ? '\r\n' : '\n');
      const ours = parseSurveyCsv(text);
      const theirs = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
      // csv-parse keeps a line of blanks-only cells as one empty cell trimmed; both skip blank lines.
      const keep = (rows: string[][]): string[][] => rows.filter((row) => row.length > 1 || (row[0] ?? '') !== '');
      expect(keep(ours.rows)).toEqual(keep(theirs));
      expect(ours.lines).toHaveLength(ours.rows.length);
    },
  );
});
