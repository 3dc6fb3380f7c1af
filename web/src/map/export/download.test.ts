import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download.ts';

describe('fileNameOf', () => {
  it('keeps a readable name, Polish letters folded to ASCII', () => {
    expect(fileNameOf('Shop customer journey (demo)', 'pdf')).toBe('Shop-customer-journey-demo.pdf');
    expect(fileNameOf('Ścieżka klienta: łódź', 'svg')).toBe('Sciezka-klienta-lodz.svg');
  });

  it('falls back to a generic name when nothing readable is left', () => {
    expect(fileNameOf('???', 'png')).toBe('journey-map.png');
  });
});
