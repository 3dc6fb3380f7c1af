/** Offers `blob` to the user as a file named `fileName` (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A file name from the map's name: letters (also Polish: "Ścieżka" → "Sciezka"), digits, "-" and
 * "_" kept, the rest turned into "-". Example: `fileNameOf('Shop journey (demo)', 'pdf')` →
 * `Shop-journey-demo.pdf`.
 */
export function fileNameOf(mapName: string, extension: string): string {
  const base =
    mapName
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'journey-map';
  return `${base}.${extension}`;
}
