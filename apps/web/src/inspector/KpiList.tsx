// KPIs of a touchpoint or a phase: add, edit, remove.
import { addKpi, removeKpi, updateKpi, type Kpi, type KpiDirection } from '@touchpoint/model';
import { useState } from 'react';
import { useContentMessages, useMessages } from '../i18n/index.ts';
import { useJourney, useJourneyContext } from '../store/context.tsx';
import { kpiMissed } from '../canvas/visuals.ts';
import { NumberField, Section, SelectField, TextField } from './fields.tsx';
import { inspectorMessages } from './messages.ts';

export function KpiList({ ownerId, kpis }: { ownerId: string; kpis: Kpi[] }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin, readOnly } = useJourneyContext();
  const tc = useContentMessages(inspectorMessages, useJourney()?.locale ?? 'en');
  /** The KPI just added here: its name takes the cursor, selected, to be typed over. */
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section
      title={t('kpis')}
      actions={
        !readOnly && (
          <button
            type="button"
            className="rounded-md px-2 py-1 text-xs font-semibold text-indigo-700 hover:bg-indigo-50"
            onClick={() => setAdded(addKpi(doc, ownerId, { name: tc('newKpi') }, origin))}
          >
            + {t('addKpi')}
          </button>
        )
      }
    >
      {kpis.length === 0 && <p className="text-xs text-slate-500">{t('none')}</p>}
      {kpis.map((kpi) => (
        <div
          key={kpi.id}
          className={`flex flex-col gap-2 rounded-lg border p-2 ${kpiMissed(kpi) ? 'border-red-300 bg-red-50/50' : 'border-slate-200'}`}
          data-testid="kpi-row"
        >
          <TextField
            label={t('kpiName')}
            value={kpi.name}
            onCommit={(name) => updateKpi(doc, kpi.id, { name }, origin)}
            autoFocusKey={kpi.id === added ? added : null}
          />
          <div className="grid grid-cols-3 gap-2">
            <TextField label={t('unit')} value={kpi.unit} onCommit={(unit) => updateKpi(doc, kpi.id, { unit }, origin)} />
            <NumberField label={t('target')} value={kpi.target} onCommit={(target) => updateKpi(doc, kpi.id, { target }, origin)} />
            <NumberField label={t('actual')} value={kpi.actual} onCommit={(actual) => updateKpi(doc, kpi.id, { actual }, origin)} />
          </div>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <SelectField<KpiDirection>
                label={t('direction')}
                value={kpi.direction}
                options={[
                  { value: 'higher', label: t('higher') },
                  { value: 'lower', label: t('lower') },
                ]}
                onCommit={(direction) => updateKpi(doc, kpi.id, { direction }, origin)}
              />
            </div>
            {!readOnly && (
              <button
                type="button"
                className="rounded-md px-2 py-1.5 text-xs font-medium text-red-700 hover:bg-red-50"
                aria-label={`${t('remove')} ${kpi.name}`}
                onClick={() => removeKpi(doc, kpi.id, origin)}
              >
                {t('remove')}
              </button>
            )}
          </div>
        </div>
      ))}
    </Section>
  );
}
