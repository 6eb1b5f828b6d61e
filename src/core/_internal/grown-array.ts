/**
 * A typed array of `size` entries holding `array`'s entries first (the rest zero): how the
 * growable buffers of the streaming reader and the rating columns grow.
 *
 * @internal
 */
export function grownArray<T extends Int32Array | Uint8Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}
