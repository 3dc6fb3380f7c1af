import { z } from 'zod';

const Name = z.string().min(1, 'Must not be empty').max(200, 'Must be at most 200 characters');

/**
 * Where a workspace's survey answers are: the event that carries them and the properties that
 * hold the survey kind, the score, the touchpoint and the comment. The defaults are the
 * convention survey tools (Delighted, Typeform via Segment) are usually mapped to:
 * `track("survey_response", { survey: "nps" | "csat" | "ces", score, touchpoint?, comment? })`.
 */
export const SurveySettingsSchema = z.strictObject({
  event: Name.default('survey_response'),
  surveyProperty: Name.default('survey'),
  scoreProperty: Name.default('score'),
  touchpointProperty: Name.default('touchpoint'),
  commentProperty: Name.default('comment'),
});
export type SurveySettings = z.infer<typeof SurveySettingsSchema>;

/**
 * A property of an event that holds customer text (a support ticket's body, a review), read by
 * voice-of-customer queries beside the survey comments. Example: `{ "event": "Review Submitted",
 * "property": "text" }`.
 */
export const FeedbackTextSourceSchema = z.strictObject({ event: Name, property: Name });
export type FeedbackTextSource = z.infer<typeof FeedbackTextSourceSchema>;

/** Where a workspace's feedback texts are besides survey comments (none by default). */
export const FeedbackSettingsSchema = z.strictObject({
  texts: z.array(FeedbackTextSourceSchema).max(20, 'At most 20 text sources').default([]),
});

/** A workspace's settings; every field has a default, so `{}` is a valid (default) document. */
export const WorkspaceSettingsSchema = z.strictObject({
  surveys: SurveySettingsSchema.default(SurveySettingsSchema.parse({})),
  feedback: FeedbackSettingsSchema.default(FeedbackSettingsSchema.parse({})),
});
export type WorkspaceSettings = z.infer<typeof WorkspaceSettingsSchema>;

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = WorkspaceSettingsSchema.parse({});
