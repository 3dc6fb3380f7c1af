import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_SETTINGS, WorkspaceSettingsSchema } from '../../model/workspace-settings.ts';
import { withSurveyDefaults } from './workspace-defaults.ts';

const custom = WorkspaceSettingsSchema.parse({
  surveys: { event: 'feedback_given', scoreProperty: 'rating' },
}).surveys;

describe('withSurveyDefaults', () => {
  it('fills the workspace’s survey event and properties into a bare survey metric', () => {
    expect(withSurveyDefaults({ type: 'kpi', metric: 'nps' }, custom)).toEqual({
      type: 'kpi',
      metric: { kind: 'nps', event: 'feedback_given', surveyProperty: 'survey', scoreProperty: 'rating' },
    });
  });

  it('lets the spec win over the workspace', () => {
    const spec = { type: 'kpi', metric: { kind: 'csat', event: 'csat_answer' } };
    expect(withSurveyDefaults(spec, custom)).toEqual({
      type: 'kpi',
      metric: { kind: 'csat', event: 'csat_answer', surveyProperty: 'survey', scoreProperty: 'rating' },
    });
  });

  it('leaves other specs and other metrics as they are', () => {
    const funnel = { type: 'funnel', steps: [] };
    expect(withSurveyDefaults(funnel, custom)).toBe(funnel);
    const revenue = { type: 'kpi', metric: 'revenue' };
    expect(withSurveyDefaults(revenue, custom)).toBe(revenue);
    expect(withSurveyDefaults('not a spec', DEFAULT_WORKSPACE_SETTINGS.surveys)).toBe('not a spec');
  });
});
