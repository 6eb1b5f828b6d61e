/**
 * Test helpers for the library-wide promises: results hold no NaN, Infinity or undefined, survive
 * a JSON round trip unchanged, and inputs are never mutated.
 */

/** Lists the paths in a value that hold NaN, ±Infinity, undefined, a function, a Map/Set or a class instance. */
export function unsafeJsonPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return [path];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeJsonPaths(item, `${path}[${index}]`));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return [`${path} (not a plain object)`];
  return Object.entries(value).flatMap(([key, item]) => unsafeJsonPaths(item, `${path}.${key}`));
}

/** A JSON round trip of a value. */
export function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes a test input all the way down, so any mutation by the code under test throws. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) frozen((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** Whether every object and array reachable from a value is frozen. */
export function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => isDeeplyFrozen((value as Record<PropertyKey, unknown>)[key]));
}

/** Runs a function and returns the error it throws (failing the test if it does not throw). */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

/** Lists the paths in a value that hold −0, which JSON writes as 0 (so a round trip changes it). */
export function negativeZeroPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Object.is(value, -0) ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => negativeZeroPaths(item, `${path}[${index}]`));
  return Object.entries(value).flatMap(([key, item]) => negativeZeroPaths(item, `${path}.${key}`));
}
