import { inflateSync } from 'node:zlib';

// Just enough of a PDF reader to check what an exported map says, without a PDF library: the
// streams (inflated when FlateDecode), the ToUnicode maps of the embedded fonts, and the strings
// the page shows with Tj / TJ. Reference: ISO 32000-1 §7.3.8 (streams), §9.10.3 (ToUnicode CMaps),
// §9.4.3 (text-showing operators).

function streams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const re = /<<([\s\S]*?)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let bytes = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        bytes = inflateSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate the EOL before endstream */ });
      } catch {
        continue; // a font program or image we do not need
      }
    }
    out.push(bytes.toString('latin1'));
    re.lastIndex = end;
  }
  return out;
}

type CMap = Map<number, string>;

function parseCMap(source: string): CMap {
  const map: CMap = new Map();
  const hex = (h: string) => Number.parseInt(h, 16);
  const unicode = (h: string) => {
    const units: number[] = [];
    for (let i = 0; i < h.length; i += 4) units.push(hex(h.slice(i, i + 4)));
    return String.fromCharCode(...units);
  };
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, value] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(hex(code!), unicode(value!));
    }
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, value] of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      for (let c = hex(lo!); c <= hex(hi!); c++) map.set(c, String.fromCharCode(hex(value!) + c - hex(lo!)));
    }
  }
  return map;
}

/**
 * Every string shown on the pages, decoded with each embedded font's ToUnicode map (a string is
 * kept for the map that decodes all of its glyphs). Two-byte glyph ids, as jsPDF writes
 * Identity-H fonts.
 */
export function pdfStrings(pdf: Buffer): string[] {
  const all = streams(pdf);
  const cmaps = all.filter((s) => s.includes('begincmap')).map(parseCMap);
  const shown: string[] = [];
  for (const content of all.filter((s) => /\bT[jJ]\b/.test(s))) {
    for (const [, operand] of content.matchAll(/(<[0-9a-fA-F]*>|\[[^\]]*\])\s*T[jJ]/g)) {
      const hexes = [...operand!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, h]) => h!).join('');
      const ids: number[] = [];
      for (let i = 0; i + 4 <= hexes.length; i += 4) ids.push(Number.parseInt(hexes.slice(i, i + 4), 16));
      for (const cmap of cmaps) {
        if (ids.every((id) => cmap.has(id))) {
          shown.push(ids.map((id) => cmap.get(id)).join(''));
          break;
        }
      }
    }
  }
  return shown;
}

/** The first page's size in points, from its /MediaBox. */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const m = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(
    pdf.toString('latin1'),
  );
  if (!m) throw new Error('The PDF has no /MediaBox');
  return { width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) };
}

/** Names of the fonts the PDF embeds (/BaseFont), e.g. `DejaVuSans`. */
export function pdfFonts(pdf: Buffer): string[] {
  // Names may escape characters as #xx (ISO 32000-1 §7.3.5): "DejaVu#20Sans" is "DejaVu Sans".
  return [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map(([, name]) =>
    name!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  );
}
