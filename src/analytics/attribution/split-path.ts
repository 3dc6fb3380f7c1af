/** The separator of channels in a written path, as attribution tools export them: `search > email`. */
export const PATH_SEPARATOR = '>';

/**
 * The channels of a written path, spaces around each trimmed: `splitPath('search > email')` →
 * `{ channels: ['search', 'email'] }`. An empty path, or an empty channel (`a > > b`, a `>` at
 * either end), is an error: a broken export, not a path to guess at.
 */
export function splitPath(text: string): { channels: string[] } | { error: string } {
  if (text.trim() === '') return { error: 'empty path' };
  const channels = text.split(PATH_SEPARATOR).map((c) => c.trim());
  const empty = channels.indexOf('');
  if (empty !== -1) {
    return {
      error: `empty channel at position ${empty + 1} of path "${text}" (two ">" in a row, or one at an end)`,
    };
  }
  return { channels };
}
