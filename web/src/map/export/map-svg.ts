import type { JourneyMap } from '../../../../src/model/index.ts';
import type { JourneyResult } from '../../api/types.ts';
import { emotionCurve, hasEmotionScores } from '../emotion-curve.ts';
import type { Translate } from '../figure-text.ts';
import { buildGrid } from '../grid-layout.ts';
import { laneName } from '../lane-name.ts';
import {
  type Block,
  blockHeight,
  type CardContext,
  COLOURS,
  laneItemBlock,
  SIZES,
  stageBlock,
  touchpointBlock,
} from './map-svg-cards.ts';
import { escapeXml, line, num, rect, text } from './svg-markup.ts';
import { wrapText } from './wrap-text.ts';

/** Fonts named in the file: DejaVu Sans is embedded in the PDF (it has every Polish letter). */
export const SVG_FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

/** The grid's geometry, in SVG user units. */
export const SVG_LAYOUT = {
  margin: 32,
  laneWidth: 168,
  stageWidth: 232,
  cellPadding: 8,
  cardGap: 6,
  emptyRowHeight: 36,
  curveHeight: 120,
  titleSize: 22,
} as const;

type Layout = { [K in keyof typeof SVG_LAYOUT]: number };

export interface MapSvgInput {
  map: JourneyMap;
  /** The live numbers shown on screen; absent when none are (they are then left out). */
  live?: JourneyResult;
  /** The interface language's texts (lane names, labels), as on screen. */
  t: Translate;
  format: CardContext['format'];
  /** A line under the title, e.g. the map's kind and the date of export. */
  subtitle?: string;
  /** Width of a stage column (default SVG_LAYOUT.stageWidth); wider columns make a flatter map. */
  stageWidth?: number;
}

export interface MapSvg {
  /** A standalone SVG document. */
  svg: string;
  width: number;
  height: number;
}

/** Draws a block at (x, y), `width` wide and `height` tall (at least its own height). */
function drawBlock(block: Block, x: number, y: number, width: number, height: number): string[] {
  const out = [rect(x, y, width, height, { fill: block.fill, stroke: block.stroke, radius: 4 })];
  if (block.accent) out.push(rect(x, y, 4, height, { fill: block.accent, radius: 2 }));
  let baseline = y + SIZES.cardPadding;
  for (const l of block.lines) {
    const lineHeight = l.size * SIZES.lineHeight;
    // Baseline about 0.8 of the way down the line box, as browsers place it.
    out.push(text(x + SIZES.cardPadding + (block.accent ? 2 : 0), baseline + lineHeight * 0.78, l.text, l));
    baseline += lineHeight;
  }
  return out;
}

/**
 * The map as an SVG document, laid out like the on-screen grid (stages as columns, the map's
 * shown lanes as rows in buildGrid's order, the emotion curve above the emotion cards), in the interface language,
 * with the live figures when `live` is given. Pure: the same input gives the same text, so PNG
 * and PDF exports (drawn from it) show the same thing.
 *
 * Example: `mapSvg({ map, t: i18n.t, format }).svg` starts with `<svg xmlns=…`.
 */
export function mapSvg(input: MapSvgInput): MapSvg {
  const { map, t } = input;
  const L: Layout = { ...SVG_LAYOUT, stageWidth: input.stageWidth ?? SVG_LAYOUT.stageWidth };
  const grid = buildGrid(map);
  const columns = grid.stages.length;
  const gridWidth = L.laneWidth + columns * L.stageWidth;
  const width = L.margin * 2 + Math.max(gridWidth, 480);
  const ctx: CardContext = {
    t,
    format: input.format,
    textWidth: L.stageWidth - 2 * L.cellPadding - 2 * SIZES.cardPadding - 2,
  };
  const stageResults = new Map(input.live?.stages.map((s) => [s.id, s]));
  const touchpointResults = new Map(input.live?.touchpoints.map((tp) => [tp.id, tp]));
  const colX = (index: number) => L.margin + L.laneWidth + index * L.stageWidth;
  const body: string[] = [];

  // Title and subtitle.
  let y = L.margin;
  for (const titleLine of wrapText(map.name, width - 2 * L.margin, {
    fontSize: L.titleSize,
    bold: true,
    maxLines: 2,
  })) {
    y += L.titleSize * 1.25;
    body.push(text(L.margin, y, titleLine, { size: L.titleSize, bold: true, fill: COLOURS.text }));
  }
  if (input.subtitle) {
    y += SIZES.body * 1.8;
    body.push(text(L.margin, y, input.subtitle, { size: SIZES.body, fill: COLOURS.muted }));
  }
  y += 16;

  if (columns === 0) {
    y += SIZES.body * 1.5;
    body.push(text(L.margin, y, t('map.noStages'), { size: SIZES.body, fill: COLOURS.text }));
    return finish(map, width, y + L.margin, body);
  }

  // Column heads.
  const heads = grid.stages.map((stage) => stageBlock(stage, stageResults.get(stage.id), ctx));
  const headHeight = Math.max(...heads.map(blockHeight), 40);
  body.push(rect(L.margin, y, L.laneWidth, headHeight, { fill: COLOURS.head, stroke: COLOURS.border }));
  body.push(
    text(L.margin + L.cellPadding, y + 20, t('map.lane'), {
      size: SIZES.body,
      bold: true,
      fill: COLOURS.muted,
    }),
  );
  heads.forEach((head, i) => {
    body.push(`<g class="stage" data-stage-id="${escapeXml(grid.stages[i]!.id)}">`);
    body.push(...drawBlock(head, colX(i), y, L.stageWidth, headHeight));
    body.push('</g>');
  });
  y += headHeight;

  const curve = emotionCurve(map);
  for (const row of grid.rows) {
    if (row.lane === 'emotion' && hasEmotionScores(curve)) {
      body.push(...laneLabel(L, t('emotion.curve'), y, L.curveHeight));
      body.push(
        rect(colX(0), y, columns * L.stageWidth, L.curveHeight, {
          fill: COLOURS.page,
          stroke: COLOURS.border,
        }),
      );
      body.push(
        ...drawCurve(
          L,
          curve.map((p) => p.score),
          colX(0),
          y,
          L.curveHeight,
        ),
      );
      y += L.curveHeight;
    }
    const cells: Block[][] =
      row.lane === 'touchpoint'
        ? row.cells.map((cards) => cards.map((tp) => touchpointBlock(tp, touchpointResults.get(tp.id), ctx)))
        : row.cells.map((cards) => cards.map((item) => laneItemBlock(item, ctx)));
    const cellHeight = (blocks: Block[]) =>
      blocks.reduce((sum, b) => sum + blockHeight(b) + L.cardGap, 0) - (blocks.length > 0 ? L.cardGap : 0);
    const rowHeight = Math.max(L.emptyRowHeight, ...cells.map((b) => cellHeight(b) + 2 * L.cellPadding));
    const label = laneName(row.setting, t);
    body.push(`<g class="lane" data-lane="${escapeXml(row.key)}">`);
    body.push(...laneLabel(L, label, y, rowHeight));
    cells.forEach((blocks, i) => {
      body.push(
        rect(colX(i), y, L.stageWidth, rowHeight, { fill: COLOURS.page, stroke: COLOURS.borderLight }),
      );
      let cardY = y + L.cellPadding;
      for (const block of blocks) {
        const h = blockHeight(block);
        body.push(...drawBlock(block, colX(i) + L.cellPadding, cardY, L.stageWidth - 2 * L.cellPadding, h));
        cardY += h + L.cardGap;
      }
    });
    body.push('</g>');
    y += rowHeight;
  }
  return finish(map, width, y + L.margin, body);
}

function laneLabel(L: Layout, label: string, y: number, height: number): string[] {
  const out = [rect(L.margin, y, L.laneWidth, height, { fill: COLOURS.laneHead, stroke: COLOURS.border })];
  const lines = wrapText(label, L.laneWidth - 2 * L.cellPadding, {
    fontSize: SIZES.body,
    bold: true,
    maxLines: 3,
  });
  lines.forEach((l, i) => {
    out.push(
      text(L.margin + L.cellPadding, y + 20 + i * SIZES.body * SIZES.lineHeight, l, {
        size: SIZES.body,
        bold: true,
        fill: COLOURS.text,
      }),
    );
  });
  return out;
}

/** The researcher's emotion curve: −2 at the bottom, +2 at the top, a gap where a stage has no score. */
function drawCurve(L: Layout, scores: (number | null)[], x: number, y: number, height: number): string[] {
  const mid = y + height / 2;
  const scale = (height / 2 - 14) / 2;
  const out = [line(x, mid, x + scores.length * L.stageWidth, mid, COLOURS.border, '4 4')];
  const points = scores.map((score, i) =>
    score === null ? null : { x: x + (i + 0.5) * L.stageWidth, y: mid - score * scale },
  );
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length > 1) {
      out.push(
        `<polyline points="${run.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="none" stroke="${COLOURS.primary}" stroke-width="2"/>`,
      );
    }
    run = [];
  };
  for (const p of points) {
    if (p === null) flush();
    else run.push(p);
  }
  flush();
  for (const p of points) {
    if (p) out.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="4" fill="${COLOURS.primary}"/>`);
  }
  return out;
}

function finish(map: JourneyMap, width: number, height: number, body: string[]): MapSvg {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" xml:lang="${map.locale}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(map.name)}</title>`,
    rect(0, 0, w, h, { fill: COLOURS.page }),
    ...body,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width: w, height: h };
}
