import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../../src/model/index.ts';
import type { MapVersionSummary } from '../../api/types.ts';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { JourneyGrid } from '../JourneyGrid.tsx';
import type { Live } from '../live.ts';
import { PersonaStrip } from '../PersonaStrip.tsx';
import { VersionDialog } from './VersionDialog.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

/** The map for viewers: said to be read-only, no edit controls; versions can be looked at. */
export function ReadOnlyMap({
  map,
  live,
  highlightedPersona,
}: {
  map: JourneyMap;
  live: Live;
  highlightedPersona?: string;
}) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<MapVersionSummary | null>(null);
  return (
    <>
      <p className="notice notice-info" data-read-only>
        {t('edit.readOnly')}
      </p>
      <PersonaStrip personas={map.personas} highlighted={highlightedPersona} />
      <ExportMenu map={map} live={live} />
      <JourneyGrid map={map} live={live} />
      <VersionsPanel mapId={map.id} refresh={0} onView={setViewing} />
      {viewing && <VersionDialog mapId={map.id} version={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
