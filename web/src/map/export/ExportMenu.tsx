import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMapJson, type JourneyMap } from '../../../../src/model/index.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { translateWith } from '../figure-text.ts';
import type { Live } from '../live.ts';
import { downloadBlob, fileNameOf } from './download.ts';
import { type MapSvgInput, mapSvg } from './map-svg.ts';
import { A3_LANDSCAPE, PDF_MARGIN } from './page-fit.ts';
import { mapSvgForPage } from './page-layout.ts';
import { svgToPng } from './rasterise.ts';

type ExportFormat = 'svg' | 'png' | 'pdf' | 'json';
const FORMATS: ExportFormat[] = ['svg', 'png', 'pdf', 'json'];

type State =
  | { state: 'idle' }
  | { state: 'working'; format: ExportFormat }
  | { state: 'done'; format: ExportFormat; fileName: string }
  | { state: 'failed'; format: ExportFormat; message: string };

/**
 * Downloads the map as shown: SVG, PNG (2×), PDF (A3 landscape, vector) drawn from one SVG in the
 * interface language with the live numbers on screen, and JSON that imports back unchanged.
 */
export function ExportMenu({ map, live }: { map: JourneyMap; live: Live }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<State>({ state: 'idle' });

  const translate = translateWith(t);
  const file = async (kind: ExportFormat): Promise<Blob> => {
    if (kind === 'json') return new Blob([exportMapJson(map)], { type: 'application/json' });
    const input: MapSvgInput = {
      map,
      live: live.state === 'ready' ? live.result : undefined,
      t: translate,
      format,
      subtitle: t('export.subtitle', {
        kind: t(`mapKind.${map.kind}`),
        date: format.dateTime(new Date().toISOString()),
      }),
    };
    if (kind === 'pdf') {
      // Columns widened to suit the page, so the print is as large as it can be.
      const { svg, width, height } = mapSvgForPage(input, A3_LANDSCAPE, PDF_MARGIN);
      // jsPDF and svg2pdf.js are loaded only now: the map page itself does not need them.
      const { svgToPdf } = await import('./map-pdf.ts');
      return svgToPdf(svg, width, height, map.name);
    }
    const { svg, width, height } = mapSvg(input);
    if (kind === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
    return svgToPng(svg, width, height);
  };

  const run = async (kind: ExportFormat) => {
    setStatus({ state: 'working', format: kind });
    try {
      const fileName = fileNameOf(map.name, kind);
      downloadBlob(await file(kind), fileName);
      setStatus({ state: 'done', format: kind, fileName });
    } catch (error) {
      setStatus({
        state: 'failed',
        format: kind,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const name = (kind: ExportFormat) => t(`export.formats.${kind}`);
  return (
    <div className="export-menu">
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form with a fieldset */}
      <div role="group" aria-label={t('export.title')} className="export-buttons">
        <span className="export-label" aria-hidden="true">
          {t('export.title')}
        </span>
        {FORMATS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button-small"
            disabled={status.state === 'working'}
            aria-label={t('export.download', { format: name(kind) })}
            onClick={() => void run(kind)}
          >
            {name(kind)}
          </button>
        ))}
      </div>
      <p className="export-status" role="status">
        {status.state === 'working' && t('export.working', { format: name(status.format) })}
        {status.state === 'done' && t('export.done', { file: status.fileName })}
      </p>
      {status.state === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('export.failed', { format: name(status.format) })}</p>
          <p className="notice-detail">{status.message}</p>
        </div>
      )}
    </div>
  );
}
