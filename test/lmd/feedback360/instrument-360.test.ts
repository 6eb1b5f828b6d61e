import { describe, expect, it } from 'vitest';
import { instrument360Schema, interpret360, LmdInputError, parseInput, type Instrument360 } from '../../../src/index.js';

const base = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'listening', name: 'Listening' }],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
  ],
};

function issuesOf(instrument: unknown): { path: string; message: string }[] {
  try {
    parseInput(instrument360Schema, instrument, 'instrument');
  } catch (error) {
    if (error instanceof LmdInputError) return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
}

describe('instrument360Schema: wording, labels, not observed, reverse scoring, open questions', () => {
  it('accepts an instrument with all the optional parts and keeps them as given', () => {
    const full = {
      scale: {
        min: 1,
        max: 5,
        labels: [
          { value: 1, label: 'Strongly disagree' },
          { value: 2, label: 'Disagree' },
          { value: 3, label: 'Neither agree nor disagree' },
          { value: 4, label: 'Agree' },
          { value: 5, label: 'Strongly agree' },
        ],
        notObserved: ['N/A', "Don't know", '-99'],
      },
      competencies: [{ id: 'listening', name: 'Listening', description: 'Hears people out before answering.' }],
      items: [
        { id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' },
        { id: 'L2', competencyId: 'listening', text: 'Talks over others in meetings', reverseScored: true },
      ],
      openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
    };
    expect(instrument360Schema.parse(full)).toEqual(full);
  });

  it('names a label on a point outside the scale, a point labelled twice and two points sharing a label', () => {
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, labels: [{ value: 6, label: 'Always' }] } })).toEqual([
      { path: 'instrument.scale.labels[0].value', message: expect.stringContaining('from 1 to 5') },
    ]);
    expect(
      issuesOf({ ...base, scale: { min: 1, max: 5, labels: [{ value: 2, label: 'Rarely' }, { value: 2, label: 'Seldom' }] } })[0]?.message,
    ).toContain('already has a label');
    expect(
      issuesOf({ ...base, scale: { min: 1, max: 5, labels: [{ value: 1, label: 'Never' }, { value: 2, label: '  NEVER ' }] } })[0]?.message,
    ).toContain('the point 1 has the same label');
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, labels: [{ value: 2, label: '4' }] } })[0]?.message).toContain('mistaken');
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, labels: [{ value: 2, label: '   ' }] } })[0]?.path).toBe('instrument.scale.labels[0].label');
  });

  it('refuses a "not observed" answer that is a scale point, a scale label or listed twice (case and curly quotes aside)', () => {
    const labels = [{ value: 3, label: 'Sometimes' }];
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, notObserved: ['3'] } })[0]).toEqual({
      path: 'instrument.scale.notObserved[0]',
      message: expect.stringContaining('point of the scale'),
    });
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, labels, notObserved: ['sometimes'] } })[0]?.message).toContain('label of the point 3');
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, notObserved: ["Don't know", 'DON\u2019T  KNOW'] } })[0]).toEqual({
      path: 'instrument.scale.notObserved[1]',
      message: expect.stringContaining('this answer is listed twice'),
    });
    // -99 and 0 lie off a 1–5 scale, so they may mean "not observed".
    expect(issuesOf({ ...base, scale: { min: 1, max: 5, notObserved: ['-99', '0'] } })).toEqual([]);
  });

  it('refuses two items with the same wording, and open questions that reuse an id', () => {
    const items = [
      { id: 'L1', competencyId: 'listening', text: 'Listens well' },
      { id: 'L2', competencyId: 'listening', text: 'listens  WELL' },
    ];
    expect(issuesOf({ ...base, items })).toEqual([{ path: 'instrument.items[1].text', message: expect.stringContaining('items[0] has the same wording') }]);
    expect(issuesOf({ ...base, openQuestions: [{ id: 'L1', text: 'Anything else?' }] })[0]?.message).toContain('an item has this id');
    expect(
      issuesOf({ ...base, openQuestions: [{ id: 'q', text: 'A?' }, { id: 'q', text: 'B?' }] })[0],
    ).toEqual({ path: 'instrument.openQuestions[1].id', message: expect.stringContaining('this open question id is used twice') });
    expect(issuesOf({ ...base, items: [{ id: 'L1', competencyId: 'listening', reverseScored: 'yes' }] })[0]?.path).toBe('instrument.items[0].reverseScored');
  });
});

describe('reverse-scored items in interpret360', () => {
  const instrument: Instrument360 = {
    scale: { min: 1, max: 5 },
    competencies: [{ id: 'listening', name: 'Listening' }],
    items: [
      { id: 'L1', competencyId: 'listening' },
      { id: 'L2', competencyId: 'listening', reverseScored: true },
    ],
  };
  const raters = [
    ['self', 'self', 4, 1],
    ['p1', 'peer', 5, 2],
    ['p2', 'peer', 4, 1],
    ['p3', 'peer', 3, 2],
    ['p4', 'peer', 4, 1],
  ] as const;
  const ratings = raters.flatMap(([raterId, group, l1, l2]) => [
    { raterId, group, itemId: 'L1', score: l1 },
    { raterId, group, itemId: 'L2', score: l2 },
  ]);

  it('turns a reverse-scored item round (max + min − score) before any figure, and says so on the item', () => {
    const report = interpret360({ instrument, ratings });
    const l2 = report.items.find((item) => item.itemId === 'L2');
    // Raw peer scores 2, 1, 2, 1 become 4, 5, 4, 5; self 1 becomes 5.
    expect(l2?.reverseScored).toBe(true);
    expect(l2?.others?.mean).toBe(4.5);
    expect(l2?.others?.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(l2?.self?.mean).toBe(5);
    expect(report.items.find((item) => item.itemId === 'L1')?.reverseScored).toBe(false);
    // The competency mean averages L1 (4) and the turned-round L2.
    expect(report.competencies[0]?.others?.mean).toBe((4 + 4.5) / 2);
  });

  it('gives the same report as the same ratings already turned round on an instrument without the flag', () => {
    const plain: Instrument360 = { ...instrument, items: instrument.items.map(({ id, competencyId }) => ({ id, competencyId })) };
    const turned = ratings.map((rating) => (rating.itemId === 'L2' ? { ...rating, score: 6 - rating.score } : rating));
    const reversed = interpret360({ instrument, ratings });
    const expected = interpret360({ instrument: plain, ratings: turned });
    expect({ ...reversed, items: reversed.items.map((item) => ({ ...item, reverseScored: false })) }).toEqual(expected);
  });
});
