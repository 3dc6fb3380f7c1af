import { describe, expect, it } from 'vitest';
import { listTemplates, localizeTemplateStage, TEMPLATE_KEYS } from './templates.ts';

const stageNames = (locale: 'en' | 'pl') =>
  Object.fromEntries(listTemplates(locale).map((t) => [t.key, t.stages.map((s) => s.name)]));

describe('listTemplates', () => {
  it('lists the four templates, blank last', () => {
    expect(TEMPLATE_KEYS).toEqual(['five_stage', 'five_a', 'path_to_purchase', 'blank']);
    expect(listTemplates('en').map((t) => t.key)).toEqual(TEMPLATE_KEYS);
  });

  it('names the stages in English', () => {
    expect(stageNames('en')).toEqual({
      five_stage: ['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'],
      five_a: ['Aware', 'Appeal', 'Ask', 'Act', 'Advocate'],
      path_to_purchase: ['Awareness', 'Consideration', 'Purchase', 'Post-purchase'],
      blank: [],
    });
  });

  it('names the stages in Polish', () => {
    expect(stageNames('pl')).toEqual({
      five_stage: ['Świadomość', 'Rozważanie', 'Zakup', 'Utrzymanie', 'Rekomendacja'],
      five_a: ['Świadomość', 'Atrakcyjność', 'Pytanie', 'Działanie', 'Orędownictwo'],
      path_to_purchase: ['Świadomość', 'Rozważanie', 'Zakup', 'Po zakupie'],
      blank: [],
    });
  });

  it('gives each template and stage a localised name and description', () => {
    const [fiveStagePl] = listTemplates('pl');
    expect(fiveStagePl?.name).toBe('Pięcioetapowa ścieżka klienta');
    expect(fiveStagePl?.mapName).toBe('Mapa ścieżki klienta');
    expect(listTemplates('en')[1]?.name).toBe('5A customer path');
    for (const locale of ['en', 'pl'] as const) {
      for (const template of listTemplates(locale)) {
        expect(template.description.length, `${locale} ${template.key}`).toBeGreaterThan(20);
        for (const stage of template.stages) expect(stage.description.length).toBeGreaterThan(20);
      }
    }
    expect(listTemplates('pl')[0]?.stages[2]?.description).toContain('kupuje');
    expect(listTemplates('en')[0]?.stages[2]?.description).toContain('buys');
  });
});

describe('localizeTemplateStage', () => {
  it('re-translates a stage by its template key', () => {
    expect(localizeTemplateStage('advocate', 'pl')?.name).toBe('Orędownictwo');
    expect(localizeTemplateStage('advocate', 'en')?.name).toBe('Advocate');
    expect(localizeTemplateStage('post_purchase', 'pl')).toEqual({
      templateKey: 'post_purchase',
      name: 'Po zakupie',
      description:
        'Dostawa, pierwsze użycie, wsparcie i zwroty: to, co dzieje się po transakcji, kształtuje następną.',
    });
  });

  it('returns undefined for a key from a newer template', () => {
    expect(localizeTemplateStage('loyalty_loop', 'en')).toBeUndefined();
  });
});
