// compareCycles360: the change between two cycles and its reliable change index, checked by hand
// (Jacobson & Truax 1991: RCI = change / (sd √(2 (1 − r)))) and against lmdkit's own iccOneWay
// and spearmanBrown (themselves checked against R); that withheld figures are never
// compared; item mappings; and errors that name their keys.
import { describe, expect, it } from 'vitest';
import {
  compareCycles360,
  cycleComparison360Findings,
  iccOneWay,
  interpret360Cohort,
  LmdInputError,
  participantCycleComparison360,
  spearmanBrown,
  type CohortRating360,
  type CompareCycles360Input,
  type Instrument360,
} from '../../../src/index.js';
import { deepFreeze } from '../../../src/core/deep-freeze.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'listening', name: 'Listening' },
    { id: 'clarity', name: 'Clarity' },
  ],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
    { id: 'C1', competencyId: 'clarity' },
  ],
};

/** Peers' scores per ratee as rows of [L1, L2, C1] (null = not observed); ids are ratee-n. */
type Scores = Record<string, readonly (readonly (number | null)[])[]>;

function rows(scores: Scores, instrumentUsed: Instrument360 = instrument, prefix = ''): CohortRating360[] {
  return Object.entries(scores).flatMap(([rateeId, raters]) =>
    raters.flatMap((answers, n) =>
      answers.map((score, index) => ({
        rateeId,
        raterId: `${prefix}${rateeId}-${n}`,
        group: 'peer' as const,
        itemId: instrumentUsed.items[index]?.id as string,
        score,
      })),
    ),
  );
}

function cycle(label: string, scores: Scores, instrumentUsed: Instrument360 = instrument) {
  // All others may pool three raters here, so that the figures stay small enough to work by hand.
  return { label, ...interpret360Cohort({ instrument: instrumentUsed, ratings: rows(scores, instrumentUsed, label), policy: { minOthersSize: 3 } }) };
}

// Five ratees in 2026, three peers each.
const earlierScores: Scores = {
  a: [[2, 2, 2], [2, 3, 3], [3, 2, 3]],
  b: [[3, 3, 3], [3, 3, 3], [4, 3, 4]],
  c: [[4, 4, 4], [4, 5, 4], [5, 4, 5]],
  d: [[2, 2, 2], [3, 3, 3], [3, 2, 2]],
  e: [[4, 5, 4], [5, 5, 5], [5, 4, 4]],
};
const currentScores: Scores = { a: [[4, 4, 4], [4, 4, 4], [5, 4, 4]], f: [[3, 3, 3], [3, 3, 3], [3, 3, 3]] };

describe('compareCycles360', () => {
  it("an item's change and RCI with the caller's reliability: by hand", () => {
    const result = compareCycles360({ earlier: [cycle('2026', earlierScores)], current: cycle('2027', currentScores), reliability: 0.8 });
    const a = result.ratees.find((ratee) => ratee.rateeId === 'a');
    const others = a?.items.find((item) => item.itemId === 'L1')?.figures.find((figure) => figure.scope === 'others');
    // L1 peer means in 2026: a 7/3, b 10/3, c 13/3, d 8/3, e 14/3; sum of squared deviations of
    // (7, 10, 13, 8, 14) from 10.4 is 37.2, so the sample variance of the means is 37.2 / 4 / 9.
    const sd = Math.sqrt(37.2 / 4 / 9);
    const before = 7 / 3;
    const after = 13 / 3;
    expect(others?.series).toEqual([
      { cycle: '2026', mean: before, n: 3, absence: null },
      { cycle: '2027', mean: after, n: 3, absence: null },
    ]);
    expect(others?.change?.change).toBeCloseTo(2, 14);
    expect(others?.change?.referenceSd).toBeCloseTo(sd, 14);
    expect(others?.change?.standardErrorOfDifference).toBeCloseTo(sd * Math.sqrt(2 * 0.2), 14);
    expect(others?.change?.index).toBeCloseTo(2 / (sd * Math.sqrt(0.4)), 12);
    expect(others?.change?.index).toBeCloseTo(3.1109, 4);
    expect(others?.change).toMatchObject({ from: '2026', to: '2027', reliable: true, reading: 'higher-beyond-noise', reliability: 0.8, reliabilitySource: 'caller', referenceRatees: 5, notJudged: null });
    expect(result.reliability).toEqual({ kind: 'caller', value: 0.8 });
    expect(result.criterion).toBe(1.96);
  });

  it("estimates the reliability from the earlier cycle: ICC(1) stepped up, for a competency its items' mean", () => {
    const result = compareCycles360({ earlier: [cycle('2026', earlierScores)], current: cycle('2027', currentScores) });
    const a = result.ratees.find((ratee) => ratee.rateeId === 'a');
    const item = a?.items.find((entry) => entry.itemId === 'L2')?.figures[0];
    // The same ICC(1) from the ratings themselves (iccOneWay is checked against R's multilevel).
    const icc1 = iccOneWay(Object.values(earlierScores).map((raters) => raters.map((answers) => answers[1] as number))).icc1 as number;
    expect(item?.change?.reliabilitySource).toBe('icc-earlier-cycle');
    expect(item?.change?.reliability).toBeCloseTo(spearmanBrown(icc1, 3), 12);
    const competency = a?.competencies.find((entry) => entry.competencyId === 'listening')?.figures[0];
    // The competency's one-rater reliability is the mean of its items' ICC(1), stepped up to three raters.
    const iccOf = (column: number): number => iccOneWay(Object.values(earlierScores).map((raters) => raters.map((answers) => answers[column] as number))).icc1 as number;
    const reliability = spearmanBrown((iccOf(0) + iccOf(1)) / 2, 3);
    expect(competency?.change?.reliabilitySource).toBe('icc-earlier-cycle');
    expect(competency?.change?.reliability).toBeCloseTo(reliability, 12);
    const sd = (values: number[]): number => {
      const m = values.reduce((x, y) => x + y, 0) / values.length;
      return Math.sqrt(values.reduce((total, value) => total + (value - m) ** 2, 0) / (values.length - 1));
    };
    const means = Object.values(earlierScores).map((raters) => [0, 1].map((column) => raters.reduce((total, answers) => total + (answers[column] as number), 0) / raters.length));
    const competencyMeans = means.map(([l1, l2]) => ((l1 as number) + (l2 as number)) / 2);
    expect(competency?.change?.referenceSd).toBeCloseTo(sd(competencyMeans), 12);
    const change = (13 / 3 + 4) / 2 - competencyMeans[0]!;
    expect(competency?.change?.index).toBeCloseTo(change / (sd(competencyMeans) * Math.sqrt(2 * (1 - reliability))), 12);
    expect(result.reliability).toEqual({ kind: 'from-earlier-cycle' });
    // Clarity has one item: its competency figure is that item's, and so is its reliability.
    const clarity = a?.competencies.find((entry) => entry.competencyId === 'clarity')?.figures[0];
    const c1 = a?.items.find((entry) => entry.itemId === 'C1')?.figures[0];
    expect(clarity?.change?.reliabilitySource).toBe('icc-earlier-cycle');
    expect(clarity?.change?.reliability).toBe(c1?.change?.reliability);
  });

  it('a ratee with no earlier report is not compared, and says so', () => {
    const result = compareCycles360({ earlier: [cycle('2026', earlierScores)], current: cycle('2027', currentScores), reliability: 0.8 });
    const f = result.ratees.find((ratee) => ratee.rateeId === 'f');
    expect(f?.competencies.every((entry) => entry.figures.every((figure) => figure.change === null && figure.notCompared?.absence === 'ratee-absent'))).toBe(true);
    expect(f?.findings.map((entry) => entry.code)).toEqual(['FB360_CYCLE_NO_EARLIER_REPORT']);
  });

  it('too few earlier ratees: the change is given but not judged', () => {
    const few = { a: earlierScores.a!, b: earlierScores.b!, c: earlierScores.c! };
    const result = compareCycles360({ earlier: [cycle('2026', few)], current: cycle('2027', currentScores), reliability: 0.8 });
    const figure = result.ratees[0]?.competencies[0]?.figures[0];
    expect(figure?.change).toMatchObject({ reading: 'not-judged', index: null, reliable: null, notJudged: 'too-few-ratees-in-earlier-cycle', referenceRatees: 3 });
    expect(result.ratees[0]?.findings.map((entry) => entry.code)).toContain('FB360_CYCLE_CHANGE_NOT_JUDGED');
    // With the threshold lowered to three, it is judged.
    const lowered = compareCycles360({ earlier: [cycle('2026', few)], current: cycle('2027', currentScores), reliability: 0.8, minReferenceRatees: 3 });
    expect(lowered.ratees[0]?.competencies[0]?.figures[0]?.change?.notJudged).toBeNull();
  });

  it('never compares a figure that either cycle withholds or does not show', () => {
    // In 2026 ratee a has only two peers: the group is hidden, so nothing of a's is published.
    const hidden = { ...earlierScores, a: earlierScores.a!.slice(0, 2) };
    const result = compareCycles360({ earlier: [cycle('2026', hidden)], current: cycle('2027', currentScores), reliability: 0.8 });
    const a = result.ratees.find((ratee) => ratee.rateeId === 'a');
    const figures = [...(a?.competencies ?? []), ...(a?.items ?? [])].flatMap((entry) => entry.figures);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure.change).toBeNull();
      expect(figure.series[0]?.mean).toBeNull();
      expect(figure.notCompared?.cycle).toBe('2026');
      expect(['withheld', 'group-not-shown']).toContain(figure.notCompared?.absence);
    }
    expect(a?.findings.map((entry) => entry.code)).toContain('FB360_CYCLE_NOT_COMPARED');

    // In 2027, one item is answered by two of a's three peers: withheld on that item only.
    const current = { a: [[4, 4, 4], [4, null, 4], [5, null, 4]] };
    const onItem = compareCycles360({ earlier: [cycle('2026', earlierScores)], current: cycle('2027', current), reliability: 0.8 });
    const l2 = onItem.ratees[0]?.items.find((entry) => entry.itemId === 'L2');
    expect(l2?.figures.every((figure) => figure.change === null && figure.notCompared?.cycle === '2027' && figure.notCompared.absence === 'withheld')).toBe(true);
    // The competency now averages one published item against two before: not compared either.
    const listening = onItem.ratees[0]?.competencies.find((entry) => entry.competencyId === 'listening');
    expect(listening?.figures.every((figure) => figure.change === null)).toBe(true);
    expect(listening?.figures[0]?.notCompared).toEqual({ cycle: '2026', absence: 'different-items-averaged' });
  });

  it('links renamed items through a mapping and lists what could not be linked', () => {
    const renamed: Instrument360 = {
      ...instrument,
      items: [
        { id: 'L1-new', competencyId: 'listening' },
        { id: 'L2', competencyId: 'listening' },
        { id: 'C9', competencyId: 'clarity' },
      ],
    };
    const current = cycle('2027', currentScores, renamed);
    const result = compareCycles360({ earlier: [{ ...cycle('2026', earlierScores), itemMapping: { 'L1-new': 'L1' } }], current, reliability: 0.8 });
    expect(result.links).toEqual([
      { cycle: '2026', linked: [{ itemId: 'L1-new', earlierItemId: 'L1' }, { itemId: 'L2', earlierItemId: 'L2' }], unlinked: ['C9'], unused: ['C1'] },
    ]);
    const a = result.ratees.find((ratee) => ratee.rateeId === 'a');
    expect(a?.items.find((entry) => entry.itemId === 'L1-new')?.figures[0]?.series[0]?.mean).toBeCloseTo(7 / 3, 14);
    expect(a?.items.find((entry) => entry.itemId === 'C9')?.figures[0]?.notCompared).toEqual({ cycle: '2026', absence: 'item-not-linked' });
    expect(a?.findings.map((entry) => entry.code)).toContain('FB360_CYCLE_ITEMS_NOT_LINKED');
  });

  it('rejects a mapping to ids that do not exist, and duplicate labels, with keys', () => {
    const earlier = cycle('2026', earlierScores);
    const current = cycle('2027', currentScores);
    const error = (input: CompareCycles360Input): LmdInputError => {
      try {
        compareCycles360(input);
      } catch (caught) {
        return caught as LmdInputError;
      }
      throw new Error('expected an error');
    };
    const unknownCurrent = error({ earlier: [{ ...earlier, itemMapping: { X1: 'L1' } }], current });
    expect(unknownCurrent).toBeInstanceOf(LmdInputError);
    expect(unknownCurrent.issues[0]?.keys).toEqual(['input', 'earlier', 0, 'itemMapping', 'X1']);
    expect(unknownCurrent.issues[0]?.message).toContain('"X1"');
    const unknownEarlier = error({ earlier: [{ ...earlier, itemMapping: { L1: 'Z9' } }], current });
    expect(unknownEarlier.issues[0]?.keys).toEqual(['input', 'earlier', 0, 'itemMapping', 'L1']);
    expect(unknownEarlier.issues[0]?.message).toContain('"Z9"');
    const twice = error({ earlier: [{ ...earlier, itemMapping: { L1: 'C1', C1: 'C1' } }], current });
    expect(twice.issues[0]?.keys).toEqual(['input', 'earlier', 0, 'itemMapping', 'C1']);
    const same = error({ earlier: [{ ...earlier, label: '2027' }], current });
    expect(same.issues[0]?.keys).toEqual(['input', 'current', 'label']);
    expect(error({ earlier: [], current }).issues[0]?.keys).toEqual(['input', 'earlier']);
    expect(error({ earlier: [earlier], current, reliability: 1 }).issues[0]?.keys).toEqual(['input', 'reliability']);
    expect(error({ earlier: [earlier], current: { label: '2027', ratees: [{ rateeId: 'a', report: {} }] } as never }).issues[0]?.keys.slice(0, 5)).toEqual([
      'input',
      'current',
      'ratees',
      0,
      'report',
    ]);
  });

  it('keeps a series over three cycles and compares the last two; does not change its input', () => {
    const input = deepFreeze({
      earlier: [cycle('2025', earlierScores), cycle('2026', earlierScores)],
      current: cycle('2027', currentScores),
      reliability: 0.8,
    });
    const copy = JSON.stringify(input);
    const result = compareCycles360(input);
    expect(JSON.stringify(input)).toBe(copy);
    const figure = result.ratees[0]?.competencies[0]?.figures[0];
    expect(figure?.series.map((point) => point.cycle)).toEqual(['2025', '2026', '2027']);
    expect(figure?.change?.from).toBe('2026');
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity|undefined/);
    expect(JSON.stringify(compareCycles360(input))).toBe(JSON.stringify(result));
  });
});

describe('participantCycleComparison360', () => {
  it('keeps the figures and plain readings, and nothing meant for the coach', () => {
    const few = { a: earlierScores.a!, b: earlierScores.b! };
    const comparison = compareCycles360({ earlier: [cycle('2026', few)], current: cycle('2027', currentScores) });
    const a = comparison.ratees[0]!;
    expect(a.findings.some((entry) => cycleComparison360Findings[entry.code].audience === 'coach')).toBe(true);
    const mine = participantCycleComparison360(a);
    const text = JSON.stringify(mine);
    for (const word of ['index', 'reliability', 'referenceSd', 'FB360_', 'notJudged', 'alpha', 'icc']) expect(text).not.toContain(word);
    expect(mine.notes.length).toBeLessThan(a.findings.length);
    expect(mine.competencies[0]?.figures[0]?.change).toBe(a.competencies[0]?.figures[0]?.change?.change);
    expect(() => participantCycleComparison360({} as never)).toThrow(LmdInputError);
  });
});
