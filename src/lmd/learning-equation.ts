import { deepFreeze } from '../core/deep-freeze.js';
import type { ReferenceId } from '../core/references.js';

/**
 * Revans' learning equation, L = P + Q, as data: learning (L) combines programmed knowledge (P)
 * with questioning insight (Q), and the meaning action learning draws from it.
 *
 * P is what is already known and can be taught by instruction; Q is the ability to ask fresh
 * questions in situations no one has met before. Action learning is designed to develop Q, through
 * questioning and reflection on real problems, rather than to transmit P. Revans also held that
 * an organisation survives only if it learns at least as fast as its environment changes
 * (L ≥ C), carried here as `learningAndChange`. Wording is lmdkit's own.
 *
 * @example
 * learningEquation.formula //=> 'L = P + Q'
 * learningEquation.terms.map((term) => term.symbol) //=> ['L', 'P', 'Q']
 * @see {@link checkActionLearningDesign}
 * @see Revans, R. W. (2011). ABC of action learning. Gower.
 */
export const learningEquation = /* @__PURE__ */ deepFreeze({
  formula: 'L = P + Q',
  terms: [
    { symbol: 'L', name: 'learning', meaning: 'What a person or group comes to be able to do and understand.' },
    {
      symbol: 'P',
      name: 'programmed knowledge',
      meaning: 'Knowledge already codified, which can be passed on by instruction, reading and expert advice.',
    },
    {
      symbol: 'Q',
      name: 'questioning insight',
      meaning: 'The ability to ask fresh, discerning questions and learn from acting in unfamiliar situations.',
    },
  ],
  meaning:
    'Learning needs both parts, but problems that are new to everyone cannot be solved by P alone; Q grows through questioning and reflection on real problems with peers.',
  designImplication:
    'Sets should work on real, owned problems, with questions valued over answers and the set adviser helping questioning rather than supplying expertise.',
  learningAndChange: {
    formula: 'L ≥ C',
    meaning: 'To thrive, an organisation’s rate of learning must at least match the rate of change in its environment.',
  },
  sources: ['revans-2011'],
} as const satisfies { readonly sources: readonly ReferenceId[]; readonly [key: string]: unknown });
