// Public API of the journey-map domain model. Everything else in src/model is an implementation
// detail; other areas (server, CLI, web) import from here.
export { CHANNEL_NAMES, CHANNELS, type Channel, ChannelSchema, isOnline } from './channel.ts';
export {
  CONDITION_OPS,
  type ConditionOp,
  ConditionOpSchema,
  conditionSchema,
  FieldPathSchema,
  type Scalar,
  ScalarSchema,
} from './condition.ts';
export { type CreateMapFromTemplateOptions, createMapFromTemplate } from './create-map-from-template.ts';
export {
  type EventBinding,
  EventBindingSchema,
  type PropertyFilter,
  PropertyFilterSchema,
} from './event-binding.ts';
export { exampleMap } from './example-map.ts';
export { exportMapJson } from './export-map-json.ts';
export { type FormattedIssue, formatIssuePath, formatIssues } from './format-issue.ts';
export { type Id, type IdGenerator, IdSchema, randomId, sequentialIds } from './id.ts';
export {
  DEFAULT_MAX_IMPORT_BYTES,
  type ImportMapError,
  type ImportMapErrorCode,
  type ImportMapOptions,
  type ImportMapResult,
  importMapJson,
} from './import-map-json.ts';
export {
  type JourneyMap,
  JourneyMapSchema,
  MAP_SCHEMA_VERSION,
  type MapKind,
  MapKindSchema,
} from './journey-map.ts';
export * from './lane-item.ts';
export { DEFAULT_LOCALE, LOCALES, type Locale, LocaleSchema, translate } from './locale.ts';
export * from './map-lanes.ts';
export { findReferenceIssues, type ReferenceIssue } from './map-references.ts';
export {
  type CreateMapVersionInput,
  createMapVersion,
  type MapVersion,
  MapVersionSchema,
  type VersionAuthor,
  VersionAuthorSchema,
} from './map-version.ts';
export {
  type AgeRange,
  AgeRangeSchema,
  type Demographics,
  DemographicsSchema,
  type Persona,
  PersonaSchema,
} from './persona.ts';
export {
  type SegmentRule,
  SegmentRuleSchema,
  type TraitCondition,
  TraitConditionSchema,
} from './segment-rule.ts';
export { type Stage, StageSchema } from './stage.ts';
export {
  type LocalizedStage,
  listTemplates,
  localizeTemplateStage,
  TEMPLATE_KEYS,
  TEMPLATE_STAGES,
  type TemplateInfo,
  type TemplateKey,
  TemplateKeySchema,
} from './templates.ts';
export { DescriptionSchema, NameSchema, TextSchema } from './text.ts';
export { type Timestamp, TimestampSchema, toTimestamp } from './timestamp.ts';
export { type Touchpoint, TouchpointSchema } from './touchpoint.ts';
export { SlugSchema, type Workspace, WorkspaceSchema } from './workspace.ts';
