import { z } from 'zod';
import { parseQuerySpec } from '../../analytics/spec/query-spec.ts';
import { IdSchema } from '../../model/id.ts';
import { NameSchema } from '../../model/text.ts';

/** Enough views to fill a wall screen; a dashboard re-runs every one on opening. */
export const MAX_VIEWS = 50;

/**
 * An analytics spec as the query API takes it, validated by the same parser (so a saved view
 * always runs), kept as written: defaults are filled in when it runs, so a dashboard follows
 * later improvements to them. A problem is reported at the spec's own field, e.g.
 * `views[0].spec.steps: A funnel needs at least 2 steps`.
 */
const SavedSpecSchema = z.unknown().superRefine((spec, ctx) => {
  const parsed = parseQuerySpec(spec);
  if (parsed.ok) return;
  for (const issue of parsed.errors) {
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      path: issue.path === '(root)' ? [] : [issue.path],
    });
  }
});

/** What a new view needs: a title and a spec; the server gives it its id. */
export const NewViewSchema = z.strictObject({ title: NameSchema, spec: SavedSpecSchema });
export type NewViewInput = z.infer<typeof NewViewSchema>;

/** A saved view: one analysis (funnel, paths, retention, KPI, journey) with its title. */
export const SavedViewSchema = NewViewSchema.extend({ id: IdSchema });
export type SavedView = z.infer<typeof SavedViewSchema>;

const ViewsSchema = z
  .array(SavedViewSchema)
  .max(MAX_VIEWS, `A dashboard may hold at most ${MAX_VIEWS} views`)
  .refine((views) => new Set(views.map((v) => v.id)).size === views.length, 'View ids must not repeat');

export const NewDashboardSchema = z.strictObject({
  name: NameSchema,
  /** Views to start with, e.g. the one being saved; ids are given by the server when left out. */
  views: z.array(NewViewSchema).max(MAX_VIEWS, `A dashboard may hold at most ${MAX_VIEWS} views`).default([]),
});
export type NewDashboardInput = z.infer<typeof NewDashboardSchema>;

/** Rename, or replace the views (to reorder or remove them). */
export const DashboardPatchSchema = z
  .strictObject({ name: NameSchema.optional(), views: ViewsSchema.optional() })
  .refine((p) => p.name !== undefined || p.views !== undefined, {
    message: 'Give at least one of name, views',
  });
export type DashboardPatchInput = z.infer<typeof DashboardPatchSchema>;
