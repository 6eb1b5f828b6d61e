/**
 * Freezes a value and everything reachable from it, so reference data cannot be changed by a
 * consumer (`Object.freeze` alone stops at the first level).
 *
 * @param value - a plain object, array or primitive
 * @returns the same value, now frozen all the way down
 * @example
 * const data = deepFreeze({ levels: ['bronze', 'silver'] });
 * Object.isFrozen(data.levels) //=> true
 * @see {@link https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Object/freeze | Object.freeze}
 */
export function deepFreeze<T>(value: T): T {
  freezeReachable(value, new WeakSet());
  return value;
}

function freezeReachable(value: unknown, seen: WeakSet<object>): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    freezeReachable((value as Record<PropertyKey, unknown>)[key], seen);
  }
  Object.freeze(value);
}
