// Messages that count items say "1 item", never "1 items" (noticed in the HTML report of the
// sample organisation, where one manager had a single item with rater disagreement).
import { describe, expect, it } from 'vitest';
import { interpret360 } from '../../../src/lmd/feedback360/interpret-360.js';
import type { Rating360 } from '../../../src/lmd/feedback360/rating-360.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'C' }],
  items: [
    { id: 'i1', competencyId: 'c' },
    { id: 'i2', competencyId: 'c' },
  ],
};

describe('item counts in finding messages', () => {
  it('uses the singular for one item and the plural otherwise', () => {
    // Direct reports split 1/1/5/5 on i1 (a spread of 4) and agree on i2.
    const ratings: Rating360[] = [
      { raterId: 's', group: 'self', itemId: 'i1', score: 5 },
      { raterId: 's', group: 'self', itemId: 'i2', score: 3 },
    ];
    for (const [index, raterId] of ['a', 'b', 'c', 'd'].entries()) {
      ratings.push({ raterId, group: 'direct-report', itemId: 'i1', score: index < 2 ? 1 : 5 });
      ratings.push({ raterId, group: 'direct-report', itemId: 'i2', score: 3 });
    }
    const report = interpret360({ instrument, ratings });
    const messages = report.findings.map((finding) => finding.message);
    expect(messages.some((message) => /\b1 items\b/.test(message))).toBe(false);
    const disagreement = report.findings.find((finding) => finding.code === 'FB360_RATER_DISAGREEMENT');
    expect(disagreement?.message).toMatch(/^On 1 item raters within/);
  });
});

describe('group names in finding messages', () => {
  it('names hidden and merged groups by their raters, not by their ids ("other raters", not "The other ratings")', () => {
    const ratings: Rating360[] = [{ raterId: 's', group: 'self', itemId: 'i1', score: 4 }];
    for (const raterId of ['d1', 'd2', 'd3', 'd4']) ratings.push({ raterId, group: 'direct-report', itemId: 'i1', score: 3 });
    ratings.push({ raterId: 'o1', group: 'other', itemId: 'i1', score: 2 });
    for (const raterId of ['p1', 'p2']) ratings.push({ raterId, group: 'peer', itemId: 'i1', score: 5 });
    const omitted = interpret360({ instrument, ratings });
    const hidden = omitted.findings.filter((finding) => finding.code === 'FB360_GROUP_HIDDEN').map((finding) => finding.message);
    expect(hidden).toHaveLength(2);
    expect(hidden[0]).toMatch(/^Ratings from peers are left out of every figure/);
    expect(hidden[1]).toMatch(/^Ratings from other raters are left out of every figure/);
    const merged = interpret360({ instrument, ratings, policy: { smallGroupStrategy: 'merge' } });
    expect(merged.findings.find((finding) => finding.code === 'FB360_GROUPS_MERGED')?.message).toMatch(/^Ratings from peers and other raters are shown together/);
  });
});

describe('agreement messages under a band that does not hold zero', () => {
  it('says the self-rating is lower relative to others than the band allows, not that it is below others', () => {
    // Norm-referenced band: mean difference 0.8, sd 0.8, k 0.5 → the band runs from +0.4 to +1.2.
    // Self 4 against others 3.75: a gap of +0.25, above others yet below the band.
    const ratings: Rating360[] = [
      { raterId: 's', group: 'self', itemId: 'i1', score: 4 },
      { raterId: 's', group: 'self', itemId: 'i2', score: 4 },
    ];
    for (const [index, raterId] of ['a', 'b', 'c', 'd'].entries()) {
      ratings.push({ raterId, group: 'direct-report', itemId: 'i1', score: index === 0 ? 3 : 4 });
      ratings.push({ raterId, group: 'direct-report', itemId: 'i2', score: index === 0 ? 3 : 4 });
    }
    const report = interpret360({
      instrument,
      ratings,
      agreementRule: { kind: 'norm-referenced', meanDifference: 0.8, sdDifference: 0.8, k: 0.5, othersCutOff: 3 },
    });
    expect(report.agreement?.difference).toBeCloseTo(0.25, 12);
    expect(report.agreement?.category).toBe('under-estimator');
    const under = report.findings.find((finding) => finding.code === 'FB360_UNDER_ESTIMATOR');
    expect(under?.message).toBe('The ratee rates themselves lower, relative to others, than the agreement band allows; the feedback may build confidence.');
    expect(report.findings.map((finding) => finding.message).join(' ')).not.toMatch(/well below/);
    // Items are judged by their own gap, not the band: +0.25 is no hidden strength.
    expect(report.findings.find((finding) => finding.code === 'FB360_HIDDEN_STRENGTHS')).toBeUndefined();
  });
});
