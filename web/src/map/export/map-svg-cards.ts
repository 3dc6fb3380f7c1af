import type { LaneItem, Stage, Touchpoint } from '../../../../src/model/index.ts';
import { isOnline } from '../../../../src/model/index.ts';
import type { JourneyStageResult, JourneyTouchpointResult } from '../../api/types.ts';
import { type FigureFormat, figureLabel, figureValue, type Translate } from '../figure-text.ts';
import { isLastStage, stageFigures, touchpointFigures } from '../figures.ts';
import { wrapText } from './wrap-text.ts';

/** Colours of the exported map: the app's palette (styles.css), so the file looks like the screen. */
export const COLOURS = {
  text: '#1b2230',
  muted: '#4b5565',
  page: '#ffffff',
  head: '#eef2f8',
  laneHead: '#f4f6f9',
  border: '#c9d0db',
  borderLight: '#e1e5ec',
  card: '#ffffff',
  positive: '#0f5132',
  positiveBg: '#d1e7dd',
  negative: '#842029',
  negativeBg: '#f8d7da',
  warningBg: '#fff3cd',
  neutralBg: '#e2e3e5',
  primary: '#1f4fa8',
} as const;

/** Text sizes and spacing, in SVG user units (1 unit = 1 CSS pixel at 100%). */
export const SIZES = { body: 11, small: 10, heading: 13, lineHeight: 1.4, cardPadding: 8 } as const;

export interface BlockLine {
  text: string;
  size: number;
  bold?: boolean;
  fill: string;
}

/** A card or a column head: lines of text on a box. */
export interface Block {
  lines: BlockLine[];
  fill: string;
  stroke: string;
  /** A coloured bar down the left edge (pain severity, emotion tone). */
  accent?: string;
}

export interface CardContext {
  t: Translate;
  format: FigureFormat & { number: (value: number | null) => string; score: (value: number) => string };
  /** Width available for text inside a card. */
  textWidth: number;
}

const EMOTION_LEVEL = {
  '-2': 'veryNegative',
  '-1': 'negative',
  '0': 'neutral',
  '1': 'positive',
  '2': 'veryPositive',
} as const;

function wrapped(
  content: string,
  ctx: CardContext,
  style: Omit<BlockLine, 'text'>,
  maxLines = 6,
): BlockLine[] {
  return wrapText(content, ctx.textWidth, { fontSize: style.size, bold: style.bold, maxLines }).map(
    (text) => ({ ...style, text }),
  );
}

const body = { size: SIZES.body, fill: COLOURS.text };
const meta = { size: SIZES.small, fill: COLOURS.muted };
const title = { size: SIZES.body, bold: true, fill: COLOURS.text };

/** Block height: padding above and below plus one line height per line. */
export function blockHeight(block: Block): number {
  const lines = block.lines.reduce((sum, l) => sum + l.size * SIZES.lineHeight, 0);
  return lines + 2 * SIZES.cardPadding;
}

/** A touchpoint card: channel and whether online, name, owner, event, live figures. */
export function touchpointBlock(
  touchpoint: Touchpoint,
  result: JourneyTouchpointResult | undefined,
  ctx: CardContext,
): Block {
  const { t } = ctx;
  const online = isOnline(touchpoint.channel) ? t('touchpoint.online') : t('touchpoint.offline');
  const lines: BlockLine[] = [
    ...wrapped(`${t(`channels.${touchpoint.channel}`)} · ${online}`, ctx, meta, 2),
    ...wrapped(touchpoint.name, ctx, title, 3),
  ];
  if (touchpoint.owner)
    lines.push(...wrapped(t('touchpoint.owner', { owner: touchpoint.owner }), ctx, meta, 2));
  const binding = touchpoint.event;
  if (binding) {
    const event = binding.channel
      ? t('touchpoint.eventOnChannel', { event: binding.event, channel: t(`channels.${binding.channel}`) })
      : t('touchpoint.event', { event: binding.event });
    lines.push(...wrapped(event, ctx, meta, 2));
  }
  for (const figure of result ? touchpointFigures(result) : []) {
    const label = figureLabel(figure, 'touchpoint', t);
    lines.push(...wrapped(`${label}: ${figureValue(figure, t, ctx.format)}`, ctx, body, 2));
  }
  return { lines, fill: COLOURS.card, stroke: COLOURS.border, accent: COLOURS.primary };
}

/** A researcher's card, with what its lane adds (score, severity, target). */
export function laneItemBlock(item: LaneItem, ctx: CardContext): Block {
  const { t, format } = ctx;
  const card = { fill: COLOURS.card, stroke: COLOURS.border };
  switch (item.lane) {
    case 'emotion': {
      const tone = item.score > 0 ? COLOURS.positive : item.score < 0 ? COLOURS.negative : COLOURS.muted;
      const level = t(`emotion.levels.${EMOTION_LEVEL[String(item.score) as keyof typeof EMOTION_LEVEL]}`);
      const score = `${t('emotion.score', { score: format.score(item.score) })} · ${level}`;
      return {
        ...card,
        accent: tone,
        lines: [
          ...wrapped(score, ctx, { size: SIZES.small, bold: true, fill: tone }, 2),
          ...(item.text ? wrapped(item.text, ctx, body) : []),
        ],
      };
    }
    case 'pain_point': {
      const accent =
        item.severity === 'high' ? COLOURS.negative : item.severity === 'medium' ? '#b58100' : COLOURS.muted;
      const severity = t('severity.label', { severity: t(`severity.${item.severity}`) });
      return {
        ...card,
        accent,
        lines: [...wrapped(severity, ctx, { ...meta, bold: true }, 1), ...wrapped(item.text, ctx, body)],
      };
    }
    case 'desired_action':
    case 'completed_action':
      return {
        ...card,
        lines: [
          ...wrapped(item.text, ctx, body),
          ...(item.event ? wrapped(t('action.event', { event: item.event.event }), ctx, meta, 2) : []),
        ],
      };
    case 'kpi': {
      const target =
        item.target === undefined
          ? null
          : `${typeof item.target === 'number' ? format.number(item.target) : item.target}${item.unit ? ` ${item.unit}` : ''}`;
      return {
        ...card,
        lines: [
          ...wrapped(item.name, ctx, title, 3),
          ...(item.definition ? wrapped(item.definition, ctx, body, 4) : []),
          ...(target ? wrapped(t('kpi.target', { target }), ctx, meta, 2) : []),
        ],
      };
    }
    case 'goal':
    case 'action':
    case 'expectation':
    case 'moment_of_truth':
    case 'opportunity':
    case 'custom':
      return { ...card, lines: wrapped(item.text, ctx, body) };
  }
}

/** A stage's column head: its name, description, and live figures when they are shown. */
export function stageBlock(stage: Stage, result: JourneyStageResult | undefined, ctx: CardContext): Block {
  const { t } = ctx;
  const lines = [...wrapped(stage.name, ctx, { size: SIZES.heading, bold: true, fill: COLOURS.text }, 3)];
  if (stage.description) lines.push(...wrapped(stage.description, ctx, meta, 3));
  for (const figure of result ? stageFigures(result) : []) {
    lines.push(
      ...wrapped(`${figureLabel(figure, 'stage', t)}: ${figureValue(figure, t, ctx.format)}`, ctx, body, 2),
    );
  }
  if (result && isLastStage(result)) lines.push(...wrapped(t('live.lastStage'), ctx, meta, 2));
  return { lines, fill: COLOURS.head, stroke: COLOURS.border };
}
