import { z } from 'zod';
import type { FormattedIssue } from '../../model/format-issue.ts';
import { PersonaSchema } from '../../model/persona.ts';
import type { WorkspaceSettings } from '../../model/workspace-settings.ts';
import type { Store } from '../../store/store.ts';
import { type JourneyPlan, loadJourneyPlan } from '../journey/journey-plan.ts';
import { resolvePersonas } from '../resolve-personas.ts';
import type { TextSource, VocSpec } from '../spec/voc-spec.ts';
import type { PersonaRules } from '../sql/compile-filter.ts';
import { compileVocScores, compileVocTexts, type VocCompileOptions } from './compile-voc.ts';
import { type AnalysedText, type GroupLayout, shapeVocResult } from './shape-voc-result.ts';
import { textSentiment } from './text-sentiment.ts';
import type { VocResult } from './voc-result.ts';
import { readScoreRows, readTextRows } from './voc-rows.ts';

type Outcome = { ok: true; result: VocResult } | { ok: false; errors: FormattedIssue[] };

/**
 * Runs a voc spec: where answers and texts are (the spec, else the workspace's settings), the
 * map's touchpoints and personas when the spec groups by them, the two queries (answers summed
 * per group and bucket; the most recent texts), then sentiment and themes in TypeScript and the
 * shaped result. An unknown map is a spec error at `mapId`.
 */
export async function runVoc(
  store: Pick<Store, 'analytics' | 'maps'>,
  workspaceId: string,
  spec: VocSpec,
  personas: PersonaRules,
  settings: WorkspaceSettings,
): Promise<Outcome> {
  const surveys = { ...settings.surveys, ...definedOnly(spec.surveys) };
  const sources: TextSource[] = spec.texts ?? [
    { event: surveys.event, property: surveys.commentProperty, where: [] },
    ...settings.feedback.texts.map((t) => ({ ...t, where: [] })),
  ];

  let plan: JourneyPlan | null = null;
  let rules = personas;
  let layout: GroupLayout = {};
  if (spec.mapId !== undefined) {
    const loaded = await loadJourneyPlan(store.maps, workspaceId, { mapId: spec.mapId }, personas);
    if (!loaded.ok) return loaded;
    plan = loaded.plan;
    if (spec.by === 'persona') {
      const resolved = await resolvePersonas(store.maps, workspaceId, { on: 'persona', map: spec.mapId });
      if (!resolved.ok) return { ok: false, errors: resolved.errors.map((e) => ({ ...e, path: 'mapId' })) };
      rules = new Map([...personas, ...resolved.personas]);
      layout = { names: await personaNames(store, workspaceId, spec.mapId) };
    } else layout = layoutOf(spec, plan);
  }

  const opts: VocCompileOptions = { workspaceId, personas: rules, surveys, plan };
  const reader = store.analytics;
  const scores = compileVocScores(spec, reader.dialect, opts);
  const texts = compileVocTexts(spec, sources, reader.dialect, opts);
  const [scoreRows, textRows] = await Promise.all([
    reader.all(scores.sql, scores.params),
    reader.all(texts.sql, texts.params),
  ]);
  const read = readTextRows(textRows);
  return {
    ok: true,
    result: shapeVocResult(spec, readScoreRows(scoreRows), analyse(read.texts), read.total, layout),
  };
}

/** Sentiment of every text; the same text in the same locale is scored once (survey comments repeat). */
function analyse(
  texts: readonly { text: string; locale: string | null; group: string | null; startUs: number | null }[],
) {
  const memo = new Map<string, ReturnType<typeof textSentiment>>();
  return texts.map((t): AnalysedText => {
    const key = `${t.locale ?? ''}\u0000${t.text}`;
    let s = memo.get(key);
    if (!s) {
      s = textSentiment(t.text, t.locale);
      memo.set(key, s);
    }
    return {
      text: t.text,
      language: s.language,
      score: s.score,
      label: s.label,
      group: t.group,
      startUs: t.startUs,
    };
  });
}

/** Groups of a map: its touchpoints, or its stages (a touchpoint's answers count for its stage). */
function layoutOf(spec: VocSpec, plan: JourneyPlan): GroupLayout {
  if (spec.by === 'touchpoint') {
    return { fixed: plan.touchpoints.map((t) => ({ key: t.id, name: t.name, stageId: t.stageId })) };
  }
  if (spec.by === 'stage') {
    const stageOf = new Map(plan.touchpoints.map((t) => [t.id, t.stageId]));
    return {
      fixed: plan.stages.map((s) => ({ key: s.id, name: s.name })),
      keyOf: (touchpoint) => stageOf.get(touchpoint) ?? null,
    };
  }
  return {};
}

const MapPersonasSchema = z.object({ personas: z.array(PersonaSchema).default([]) });

async function personaNames(store: Pick<Store, 'maps'>, workspaceId: string, mapId: string) {
  const stored = await store.maps.get(workspaceId, mapId);
  const parsed = MapPersonasSchema.safeParse(stored?.doc);
  return new Map(parsed.success ? parsed.data.personas.map((p) => [p.id, p.name]) : []);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
