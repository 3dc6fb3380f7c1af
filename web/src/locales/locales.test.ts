import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import pl from './pl.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

/** Every leaf as `a.b.c` → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('web locale files', () => {
  const english = leaves(en);
  const polish = leaves(pl);

  it('have the same keys, so no label falls back to another language', () => {
    expect([...polish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in both languages, and no text is blank', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(polish.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(polish.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
