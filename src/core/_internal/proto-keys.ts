import { rewritePlainData } from './rewrite-plain-data.js';

/**
 * The name a key called `__proto__` goes by while zod validates data.
 *
 * `JSON.parse('{"__proto__": …}')` makes `__proto__` an ordinary own key, and a ratee, item or
 * competency may be called that. zod drops such a key from records and objects without a word (it
 * cannot assign it to a plain object without replacing the object's prototype), so its value was
 * never validated and what it held was lost: readiness for a ratee called `__proto__` vanished,
 * and readiness for a ratee who does not exist was accepted where `bob` was rejected.
 *
 * {@link parseInput} therefore renames every own `__proto__` key to this stand-in before zod sees
 * the data ({@link hideProtoKeys}) and names it `__proto__` again afterwards, in the parsed value
 * ({@link restoreProtoKey}) and in error paths. A strict object then reports it as an unrecognised
 * key, as it would any other, and a record keeps and validates it.
 *
 * @internal
 */
export const PROTO_KEY_STAND_IN = '\u0000lmdkit:__proto__';

/**
 * {@link PROTO_KEY_STAND_IN} as `JSON.stringify` writes it inside a string (the NUL escaped), so
 * that a value described in an error message can be given its real key back. A literal, not a
 * call, so that nothing runs when the module loads.
 *
 * @internal
 */
export const PROTO_KEY_STAND_IN_AS_JSON = '\\u0000lmdkit:__proto__';

const keep = (number: number): number => number;

/**
 * The data with every own `__proto__` key renamed to {@link PROTO_KEY_STAND_IN} (the same
 * reference when there is none).
 *
 * @internal
 */
export function hideProtoKeys(value: unknown): unknown {
  return rewritePlainData(value, (key) => (key === '__proto__' ? PROTO_KEY_STAND_IN : key), keep);
}

/**
 * A key with {@link PROTO_KEY_STAND_IN} named `__proto__` again.
 *
 * @internal
 */
export function restoreProtoKey<K extends PropertyKey>(key: K): K | '__proto__' {
  return key === PROTO_KEY_STAND_IN ? '__proto__' : key;
}
