import { type MapSvg, type MapSvgInput, mapSvg, SVG_LAYOUT } from './map-svg.ts';
import { fitToPage } from './page-fit.ts';

/** Stage widths tried for a page: from the screen's column width to about three times it. */
const WIDTHS = Array.from({ length: 18 }, (_, i) => SVG_LAYOUT.stageWidth + i * 24);

/**
 * The map drawn to fill a page as well as it can: stage columns are widened until the drawing's
 * shape is closest to the page's (wider columns wrap card texts into fewer lines, so the map gets
 * flatter), choosing the width at which the drawing, fitted to the page, is printed largest.
 * A map with many stages keeps the screen's widths; one with few tall columns gets wider ones.
 *
 * Example: a five-stage map whose cards make it taller than wide comes back wider than on screen
 * for A3 landscape, and so prints with larger text.
 */
export function mapSvgForPage(
  input: MapSvgInput,
  page: { width: number; height: number },
  margin: number,
): MapSvg {
  let best: { drawing: MapSvg; scale: number } | null = null;
  for (const stageWidth of WIDTHS) {
    const drawing = mapSvg({ ...input, stageWidth });
    const scale = fitToPage(drawing.width, drawing.height, page, margin).width / drawing.width;
    if (best === null || scale > best.scale * 1.001) best = { drawing, scale };
  }
  return best!.drawing;
}
