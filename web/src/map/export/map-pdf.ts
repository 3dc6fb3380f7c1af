// Loaded only when a PDF is asked for (dynamic import from ExportMenu): jsPDF, svg2pdf.js and the
// fonts are several hundred kilobytes the map page does not otherwise need.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import regularUrl from './fonts/DejaVuSans.ttf?url';
import boldUrl from './fonts/DejaVuSans-Bold.ttf?url';
import { A3_LANDSCAPE, fitToPage, PDF_MARGIN } from './page-fit.ts';

/** The family the SVG names first (SVG_FONT_FAMILY); svg2pdf picks registered fonts by it. */
const FAMILY = 'DejaVu Sans';

/** A binary file as the "binary string" jsPDF's virtual file system takes. */
async function binaryString(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

// jsPDF's 14 standard fonts only cover Windows-1252: "ą, ę, ł, ś, ż" come out as garbage. A
// TrueType font is embedded instead (as a subset of the glyphs used, with a ToUnicode map, so
// the PDF's text stays searchable and copyable).
async function addFonts(pdf: jsPDF): Promise<void> {
  const [regular, bold] = await Promise.all([binaryString(regularUrl), binaryString(boldUrl)]);
  pdf.addFileToVFS('DejaVuSans.ttf', regular);
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  pdf.addFont('DejaVuSans.ttf', FAMILY, 'normal');
  pdf.addFont('DejaVuSans-Bold.ttf', FAMILY, 'bold');
}

/**
 * The map's SVG as a one-page vector PDF, A3 landscape, the drawing fitted to the page with a
 * PDF_MARGIN around it; text stays text (selectable, searchable, sharp at any zoom).
 */
export async function svgToPdf(svg: string, width: number, height: number, title: string): Promise<Blob> {
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a3', compress: true });
  await addFonts(pdf);
  pdf.setDocumentProperties({ title, creator: 'Journeylens' });
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  // svg2pdf reads computed styles, so the element must be in the document while it is drawn.
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  host.append(element);
  document.body.append(host);
  try {
    await svg2pdf(element, pdf, fitToPage(width, height, A3_LANDSCAPE, PDF_MARGIN));
  } finally {
    host.remove();
  }
  return pdf.output('blob');
}
