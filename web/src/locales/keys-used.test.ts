import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
}

describe('translation keys used by the components', () => {
  const files = sourceFiles(SRC);

  it('all exist as texts, so no raw key ever reaches the screen', () => {
    const missing: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      // t('a.b'), and keys returned as literals for t() such as errorKey's 'errors.network'
      for (const [, key] of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        if (typeof lookup(key!) !== 'string') missing.push(`${file}: ${key}`);
      }
      for (const [, key] of code.matchAll(/'(errors\.\w+)'/g)) {
        if (typeof lookup(key!) !== 'string') missing.push(`${file}: ${key}`);
      }
      // t(`lanes.${…}`): the prefix must be a group of texts
      for (const [, prefix] of code.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)) {
        const group = lookup(prefix!);
        if (typeof group !== 'object' || group === null) missing.push(`${file}: ${prefix}.*`);
      }
    }
    expect(files.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('cover every lane, channel, severity, map kind and language the model has', async () => {
    const { LANES } = await import('../../../src/model/lane-item.ts');
    const { CHANNEL_NAMES } = await import('../../../src/model/channel.ts');
    const { LOCALES } = await import('../../../src/model/locale.ts');
    for (const lane of ['touchpoint', ...LANES]) expect(lookup(`lanes.${lane}`), lane).toBeTypeOf('string');
    for (const channel of CHANNEL_NAMES) expect(lookup(`channels.${channel}`), channel).toBeTypeOf('string');
    for (const severity of ['low', 'medium', 'high'])
      expect(lookup(`severity.${severity}`)).toBeTypeOf('string');
    for (const kind of ['current_state', 'future_state'])
      expect(lookup(`mapKind.${kind}`)).toBeTypeOf('string');
    for (const locale of LOCALES) {
      expect(lookup(`mapLanguage.${locale}`)).toBeTypeOf('string');
      expect(lookup(`language.${locale}`)).toBeTypeOf('string');
    }
  });
});
