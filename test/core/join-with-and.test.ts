import { describe, expect, it } from 'vitest';
import { joinWithAnd } from '../../src/core/_internal/join-with-and.js';

// The list wording shared by finding messages (assessLmModel, analysePortfolio).
describe('joinWithAnd', () => {
  it('lists none, one, two and several names as a UK English sentence would', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['culture'])).toBe('culture');
    expect(joinWithAnd(['culture', 'governance'])).toBe('culture and governance');
    expect(joinWithAnd(['role design', 'culture', 'governance'])).toBe('role design, culture and governance');
  });

  it('does not change its argument', () => {
    const names = Object.freeze(['a', 'b', 'c']);
    joinWithAnd(names);
    expect(names).toEqual(['a', 'b', 'c']);
  });
});
