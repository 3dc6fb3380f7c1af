import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issue.ts';
import { SlugSchema, WorkspaceSchema } from './workspace.ts';

describe('WorkspaceSchema', () => {
  it('accepts a workspace', () => {
    const ws = { id: 'ws-1', name: 'Acme Shop', slug: 'acme-shop', createdAt: '2025-01-01T00:00:00.000Z' };
    expect(WorkspaceSchema.parse(ws)).toEqual(ws);
  });

  it('names each bad field', () => {
    const result = WorkspaceSchema.safeParse({
      id: 'ws 1',
      name: '',
      slug: 'Acme',
      createdAt: 'now',
      owner: 'x',
    });
    expect(formatIssues(result.error?.issues ?? []).map((i) => i.path)).toEqual([
      'id',
      'name',
      'slug',
      'createdAt',
      'owner',
    ]);
  });

  it.each(['acme', 'acme-shop-2', 'a1'])('accepts slug %s', (slug) => {
    expect(SlugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(['Acme', 'acme--shop', '-acme', 'acme-', 'sklep_pl', 'a'.repeat(64)])('rejects slug %s', (slug) => {
    expect(SlugSchema.safeParse(slug).success).toBe(false);
  });
});
