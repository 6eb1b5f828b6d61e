const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes validated keys as a JavaScript accessor after a root name: `evidence[3].audience`,
 * `wording["LM1.1"]`; `(input)` for an empty path. {@link formatPath} is the checked public form.
 *
 * @internal
 */
export function writePath(root: string, keys: readonly PropertyKey[]): string {
  let path = root;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'symbol') path += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path === '' ? '(input)' : path;
}
