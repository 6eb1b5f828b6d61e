/**
 * The grades lmdkit uses to say how strong the evidence behind a claim is, strongest kind of
 * design first as a rough guide (a good experiment can outweigh a weak meta-analysis):
 *
 * - `meta-analysis` — pooled quantitative results of many studies;
 * - `longitudinal` — the same people measured over time;
 * - `experimental` — random or controlled assignment to conditions;
 * - `cross-sectional` — one-time measurement of many people or organisations;
 * - `case-based` — documented cases of particular organisations or programmes;
 * - `practitioner-reported` — accounts by practitioners, not systematically gathered;
 * - `consultation` — views gathered from stakeholders (interviews, focus groups, votes);
 * - `theoretical` — argument or model, not yet tested by the cited work.
 *
 * @example
 * evidenceStrengths.length //=> 8
 * evidenceStrengths[0] //=> 'meta-analysis'
 * @see {@link EvidenceStrength}
 */
export const evidenceStrengths = /* @__PURE__ */ Object.freeze([
  'meta-analysis',
  'longitudinal',
  'experimental',
  'cross-sectional',
  'case-based',
  'practitioner-reported',
  'consultation',
  'theoretical',
] as const);

/**
 * One of {@link evidenceStrengths}: the kind of evidence a catalogue entry's claim rests on.
 * @see {@link evidenceStrengths}
 */
export type EvidenceStrength = (typeof evidenceStrengths)[number];
