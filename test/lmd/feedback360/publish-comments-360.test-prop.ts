// Comments under the anonymity guarantee, over random raters, comments and policies: no comment
// from a hidden group appears; every labelled block has at least the minimum of writers (an
// identifiable group only when the caller asks for its label); the unlabelled block too; each
// comment appears once; blocks are sorted by text; nothing counts a hidden group.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { interpret360, publishComments360, type Comment360, type Instrument360, type Rating360, type RaterGroup } from '../../../src/index.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [{ id: 'i', competencyId: 'c' }],
  openQuestions: [
    { id: 'keep', text: 'Keep doing?' },
    { id: 'change', text: 'Do differently?' },
  ],
};
const groups: readonly Exclude<RaterGroup, 'self'>[] = ['manager', 'peer', 'direct-report', 'other'];

const arbitraryCase = fc.record({
  sizes: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 })),
  writes: fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 20, maxLength: 20 }),
  minGroupSize: fc.integer({ min: 3, max: 5 }),
  minCommenters: fc.integer({ min: 2, max: 5 }),
  strategy: fc.constantFrom('omit' as const, 'merge' as const),
  labelIdentifiableGroups: fc.boolean(),
});

describe('publishComments360 keeps the anonymity guarantee', () => {
  test.prop([arbitraryCase], { numRuns: 500 })('no hidden group’s comment, no small labelled block, each comment once, sorted', (example) => {
    const raters: { raterId: string; group: RaterGroup }[] = [{ raterId: 'me', group: 'self' }];
    groups.forEach((group, position) => {
      for (let k = 0; k < (example.sizes[position] as number); k += 1) raters.push({ raterId: `${group}-${k}`, group });
    });
    const ratings: Rating360[] = raters.map(({ raterId, group }) => ({ raterId, group, itemId: 'i', score: 3 }));
    const comments: Comment360[] = [];
    raters.forEach(({ raterId, group }, index) => {
      const [keep, change] = example.writes[index % 20] as [boolean, boolean];
      if (keep) comments.push({ rateeId: 'R', raterId, group, questionId: 'keep', text: `keep from ${raterId}` });
      if (change) comments.push({ rateeId: 'R', raterId, group, questionId: 'change', text: `change from ${raterId}` });
    });
    const report = interpret360({ instrument, ratings, policy: { minGroupSize: example.minGroupSize, smallGroupStrategy: example.strategy } });
    const published = publishComments360(report, { instrument, comments, minCommenters: example.minCommenters, labelIdentifiableGroups: example.labelIdentifiableGroups });
    const minimum = Math.max(example.minCommenters, example.minGroupSize);
    expect(published.minCommenters).toBe(minimum);
    const hidden = new Set(report.hiddenGroups.flatMap((entry) => entry.groups));
    const shownText = new Set<string>();
    for (const question of published.questions) {
      for (const block of question.blocks) {
        expect([...block.comments].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en') || (a < b ? -1 : 1))).toEqual(block.comments);
        const writers = new Set(block.comments.map((text) => text.replace(/^(keep|change) from /, '')));
        for (const text of block.comments) {
          expect(shownText.has(text)).toBe(false);
          shownText.add(text);
          const writer = raters.find((rater) => text.endsWith(` ${rater.raterId}`));
          expect(writer === undefined || !hidden.has(writer.group)).toBe(true);
          expect(writer?.group).not.toBe('self');
        }
        const identifiable = block.groups !== null && report.shownGroups.some((unit) => unit.identifiable && unit.groups.join() === block.groups?.join());
        if (!(identifiable && example.labelIdentifiableGroups)) expect(writers.size).toBeGreaterThanOrEqual(minimum);
      }
    }
    // Nothing in the result counts anything but the minimum itself.
    expect(JSON.stringify(published).match(/"(?:n|count|raters|commenters)"/)).toBeNull();
  });
});
