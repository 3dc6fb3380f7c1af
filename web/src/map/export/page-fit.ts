/** A3 landscape in PDF points (1/72 in): 420 × 297 mm (ISO 216), 1 mm = 72 / 25.4 pt. */
export const A3_LANDSCAPE = { width: (420 * 72) / 25.4, height: (297 * 72) / 25.4 } as const;

/** White space around the map on a PDF page, in points (about 8.5 mm). */
export const PDF_MARGIN = 24;

export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a `width` × `height` drawing goes on a page so that all of it shows, as large as fits
 * inside `margin`, centred, its proportions kept. Small maps are enlarged too: the point of an
 * A3 print is to be read from a wall.
 *
 * Example: a 2000 × 1000 drawing on A3 landscape with a 24 pt margin → 1142.6 pt wide, centred.
 */
export function fitToPage(
  width: number,
  height: number,
  page: { width: number; height: number },
  margin: number,
): Placement {
  const room = { width: page.width - 2 * margin, height: page.height - 2 * margin };
  const scale = Math.min(room.width / width, room.height / height);
  const fitted = { width: width * scale, height: height * scale };
  return {
    x: (page.width - fitted.width) / 2,
    y: (page.height - fitted.height) / 2,
    ...fitted,
  };
}

/**
 * The scale to draw a `width` × `height` image at for a sharp PNG: `wanted` (2×, for print and
 * high-density screens) unless the canvas would pass the browser's limits (Chromium: 32,767 px a
 * side, 268,435,456 px in all), then the largest that stays inside them.
 */
export function pngScale(width: number, height: number, wanted = 2): number {
  const MAX_SIDE = 32_767;
  const MAX_AREA = 268_435_456;
  return Math.min(wanted, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
}
