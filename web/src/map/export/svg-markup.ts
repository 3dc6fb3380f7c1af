// Small builders for SVG markup as text: the map's SVG is made without a DOM (in tests, and
// before the PDF library is loaded), so escaping is done here, once.

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab, newline, return;
// lone surrogate halves; U+FFFE/U+FFFF): a name pasted with one would make the whole file unreadable.
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0xd800 && code <= 0xdfff) return false; // a pair is one code point here, so alone
  return code !== 0xfffe && code !== 0xffff;
}

/** `text` safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A number as SVG writes it: at most two decimals, no trailing zeros. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

export interface RectStyle {
  fill: string;
  stroke?: string;
  radius?: number;
}

export function rect(x: number, y: number, width: number, height: number, style: RectStyle): string {
  const stroke = style.stroke ? ` stroke="${style.stroke}" stroke-width="1"` : '';
  const radius = style.radius ? ` rx="${num(style.radius)}"` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"${radius} fill="${style.fill}"${stroke}/>`;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text with its baseline at `y`. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(style.size)}"${weight}${anchor} fill="${style.fill}">${escapeXml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, dash?: string): string {
  const dashes = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="1"${dashes}/>`;
}
