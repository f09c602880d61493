// Confirms removing a phase and says what happens to its touchpoints (see removePhase):
// they move to the neighbouring phase, or, with the second button, go with the phase.
import type { Journey, Phase, RemovePhaseMode } from '@touchpoint/model';
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/index.ts';
import { canvasMessages } from './messages.ts';

export function RemovePhaseDialog({
  journey,
  phase,
  onCancel,
  onConfirm,
}: {
  journey: Journey;
  phase: Phase;
  onCancel(): void;
  onConfirm(mode: RemovePhaseMode): void;
}) {
  const t = useMessages(canvasMessages);
  const count = journey.touchpoints.filter((tp) => tp.phaseId === phase.id).length;
  const index = journey.phases.findIndex((p) => p.id === phase.id);
  const target = journey.phases[index - 1] ?? journey.phases[index + 1];
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="absolute inset-0 z-50 flex items-center justify-center bg-slate-900/30"
      role="dialog"
      aria-modal="true"
      aria-labelledby="remove-phase-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="w-[480px] max-w-[calc(100vw-2rem)] rounded-2xl bg-white p-6 shadow-2xl">
        <h2 id="remove-phase-title" className="text-lg font-semibold text-slate-900">
          {t('confirmRemoveTitle', { name: phase.name })}
        </h2>
        <p className="mt-2 text-sm text-slate-600">
          {count === 0
            ? t('confirmRemoveEmpty')
            : target
              ? t('confirmRemoveMove', { count, target: target.name })
              : t('confirmRemoveDelete', { count })}
        </p>
        {phase.kpis.length > 0 && <p className="mt-1 text-sm text-slate-600">{t('confirmRemoveKpis')}</p>}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <button
            ref={cancelRef}
            type="button"
            className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
            onClick={onCancel}
          >
            {t('cancel')}
          </button>
          {count > 0 && target && (
            <button
              type="button"
              className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700"
              title={t('confirmRemoveDelete', { count })}
              onClick={() => onConfirm({ touchpoints: 'delete' })}
            >
              {t('removeWithTouchpoints', { count })}
            </button>
          )}
          {count > 0 && target ? (
            // Keeping the cards is the safe choice: the calm, primary button.
            <button
              type="button"
              className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500"
              onClick={() => onConfirm({ touchpoints: 'move-to-neighbour' })}
            >
              {t('removeMovingTouchpoints', { target: target.name })}
            </button>
          ) : (
            <button
              type="button"
              className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700"
              onClick={() => onConfirm({ touchpoints: 'move-to-neighbour' })}
            >
              {t('remove')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
