import { z } from 'zod';
import { type Locale, translate } from './locale.ts';

/**
 * Each template is the ordered list of its stage keys. Stage keys are shared across templates when
 * the stage means the same thing (Awareness in five_stage and path_to_purchase), so one
 * translation serves both; names and descriptions live in locales/*.json under `stages.<key>`.
 */
export const TEMPLATE_STAGES = {
  five_stage: ['awareness', 'consideration', 'purchase', 'retention', 'advocacy'],
  five_a: ['aware', 'appeal', 'ask', 'act', 'advocate'],
  path_to_purchase: ['awareness', 'consideration', 'purchase', 'post_purchase'],
  blank: [],
} as const satisfies Record<string, readonly string[]>;

export type TemplateKey = keyof typeof TEMPLATE_STAGES;
export const TEMPLATE_KEYS = Object.keys(TEMPLATE_STAGES) as [TemplateKey, ...TemplateKey[]];
export const TemplateKeySchema = z.enum(TEMPLATE_KEYS);

/** A stage's text in one language. */
export interface LocalizedStage {
  templateKey: string;
  name: string;
  description: string;
}

/** What a template picker shows: the template's localised name, description and stages. */
export interface TemplateInfo {
  key: TemplateKey;
  name: string;
  description: string;
  /** Default name for a map created from this template. */
  mapName: string;
  stages: LocalizedStage[];
}

// The keys below exist in every locale file (locale.test.ts checks the files stay in step), so a
// missing translation is a build error rather than a blank label.
function mustTranslate(locale: Locale, key: string): string {
  const text = translate(locale, key);
  if (text === undefined) throw new Error(`Missing translation "${key}"`);
  return text;
}

/**
 * Name and description of a template stage in `locale`, or `undefined` for a key no template has
 * (a map made by a newer version). Used to re-localise stages that carry a `templateKey`.
 * Example: `localizeTemplateStage('retention', 'pl')?.name === 'Utrzymanie'`.
 */
export function localizeTemplateStage(templateKey: string, locale: Locale): LocalizedStage | undefined {
  const name = translate(locale, `stages.${templateKey}.name`);
  const description = translate(locale, `stages.${templateKey}.description`);
  if (name === undefined || description === undefined) return undefined;
  return { templateKey, name, description };
}

/**
 * Every template with its texts in `locale`, in display order (blank last).
 * Example: `listTemplates('pl')[0].stages.map((s) => s.name)` → `['Świadomość', 'Rozważanie', …]`.
 */
export function listTemplates(locale: Locale): TemplateInfo[] {
  return TEMPLATE_KEYS.map((key) => ({
    key,
    name: mustTranslate(locale, `templates.${key}.name`),
    description: mustTranslate(locale, `templates.${key}.description`),
    mapName: mustTranslate(locale, `templates.${key}.mapName`),
    stages: TEMPLATE_STAGES[key].map((stageKey) => {
      const stage = localizeTemplateStage(stageKey, locale);
      if (stage === undefined) throw new Error(`Missing translation for stage "${stageKey}"`);
      return stage;
    }),
  }));
}
