const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path of keys as a JavaScript accessor, starting from a root name.
 *
 * @param root - the name of the argument the path starts from (`evidence`)
 * @param keys - the keys, numbers for array positions
 * @returns an accessor such as `evidence[3].audience`
 * @example
 * formatPath('evidence', [3, 'audience']) //=> 'evidence[3].audience'
 * formatPath('wording', ['LM1.1']) //=> 'wording["LM1.1"]'
 * @see {@link LmdInputIssue}
 */
export function formatPath(root: string, keys: readonly PropertyKey[]): string {
  let path = root;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'symbol') path += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path === '' ? '(input)' : path;
}
