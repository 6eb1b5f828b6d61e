// Property tests run with a fixed seed by default, so that CI gives the same verdict on the same
// code (a random counterexample found in CI would otherwise block a release by chance). Explore
// new seeds with `FC_SEED=random npm test`, or replay one with `FC_SEED=<number>`; fast-check
// prints the seed of any failure.
import fc from 'fast-check';

const requested = process.env['FC_SEED'];
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? 20_261_122 : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random" (received ${requested})`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
