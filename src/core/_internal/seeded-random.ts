/**
 * A seeded pseudo-random generator (mulberry32: a 32-bit state advanced by a Weyl sequence and
 * mixed by multiply–xorshift steps), returning numbers in (0, 1). The same seed gives the same
 * sequence on every platform, so bootstrap intervals and simulations are reproducible. It is not
 * for cryptography.
 *
 * @param seed - any finite number; its low 32 bits are used
 * @returns a function giving the next number in (0, 1) each time it is called
 * @internal
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}
