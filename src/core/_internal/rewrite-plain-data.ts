/**
 * Rewrites plain data (arrays, plain or null-prototype objects, primitives) key by key and number
 * by number, copy on write: an array or object in which nothing changes is returned as it was
 * (the same reference), so ordinary data costs one walk and no allocation, and the caller's value
 * is never edited. Keys of a copied object are defined, never assigned, so a key named
 * `__proto__` stays an own data property. Class instances are left as they are.
 *
 * @param value - the data
 * @param renameKey - the new name of an object key (return it unchanged to keep it)
 * @param mapNumber - the new value of a number
 * @returns `value`, or a rewritten copy
 * @internal
 */
export function rewritePlainData(value: unknown, renameKey: (key: string) => string, mapNumber: (number: number) => number): unknown {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'number') return mapNumber(node);
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      let copy: unknown[] | undefined;
      for (let index = 0; index < node.length; index += 1) {
        const item: unknown = node[index];
        const next = walk(item);
        if (!Object.is(next, item)) (copy ??= node.slice())[index] = next;
      }
      return copy ?? node;
    }
    const prototype = Object.getPrototypeOf(node) as object | null;
    if (prototype !== Object.prototype && prototype !== null) return node;
    const record = node as Record<string, unknown>;
    const keys = Object.keys(record);
    let changed = false;
    const names = keys.map((key) => {
      const name = renameKey(key);
      if (name !== key) changed = true;
      return name;
    });
    const values = keys.map((key) => {
      const next = walk(record[key]);
      if (!Object.is(next, record[key])) changed = true;
      return next;
    });
    if (!changed) return node;
    const copy = Object.create(prototype) as Record<string, unknown>;
    names.forEach((name, index) => {
      Object.defineProperty(copy, name, { value: values[index], writable: true, enumerable: true, configurable: true });
    });
    return copy;
  };
  return walk(value);
}
