// A phase column: a header (drag grip, inline rename, cycle, reorder and remove buttons)
// over the column body where touchpoint cards stack. The header's + adds a card at the
// column's end, as does the button an empty column shows; double-click the body to add one
// where you click.
import type { Phase } from '@touchpoint/model';
import type { Node, NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { CountBadge } from '../common/CountBadge.tsx';
import { plural, useMessages } from '../i18n/index.ts';
import { useFieldDraft } from '../inspector/field-draft.ts';
import { usePresence } from '../sync/presence.ts';
import { COLUMN_WIDTH, HEADER_HEIGHT } from './layout.ts';
import { useFrictionMark, useMapContext } from './mapContext.ts';
import { canvasMessages } from './messages.ts';
import { kpiMissed } from './visuals.ts';

export type PhaseNodeType = Node<{ phase: Phase; height: number; count: number }, 'phase'>;

function PhaseNodeView({ data, selected }: NodeProps<PhaseNodeType>) {
  const t = useMessages(canvasMessages);
  const ctx = useMapContext();
  const { phase, height, count } = data;
  const [editing, setEditing] = useState(false);
  // The rename box follows a colleague's rename until this person types (see field-draft.ts).
  const draft = useFieldDraft(phase.name);
  const inputRef = useRef<HTMLInputElement>(null);
  const others = usePresence((s) => s.selectedBy[phase.id]);
  const score = useFrictionMark(phase.id)?.score ?? null;
  useEffect(() => {
    if (editing) inputRef.current?.select();
  }, [editing]);
  const commit = () => {
    setEditing(false);
    draft.blur();
    if (draft.edited && draft.text.trim() && draft.text !== phase.name) {
      ctx.onPhaseRename(phase.id, draft.text.trim());
      draft.saved();
    } else draft.drop();
  };
  const missed = phase.kpis.filter(kpiMissed).length;
  const cycleUse = phase.cycle === 'use';
  return (
    <div className="relative" style={{ width: COLUMN_WIDTH, height }} data-testid="phase-column" data-id={phase.id}>
      {others && others.length > 0 && (
        <div
          className="tp-presence pointer-events-none absolute -inset-[3px] rounded-2xl"
          style={{ boxShadow: others.map((c, i) => `0 0 0 ${3 + i * 3}px ${c}`).join(', ') }}
          aria-hidden
        />
      )}
      <div
        className={`absolute inset-0 rounded-2xl border ${cycleUse ? 'border-teal-200 bg-teal-50/60' : 'border-indigo-100 bg-indigo-50/50'}`}
        onDoubleClick={(e) => {
          if (ctx.readOnly) return;
          e.stopPropagation();
          ctx.onColumnDoubleClick(phase.id, e.clientX, e.clientY);
        }}
        data-testid="phase-body"
      >
        {count === 0 && !ctx.readOnly && (
          <button
            type="button"
            className="tp-edit-control nodrag absolute inset-x-4 top-[120px] rounded-xl border-2 border-dashed border-slate-300 p-4 text-center text-xs text-slate-500 hover:border-indigo-400 hover:bg-white/70 hover:text-indigo-700"
            onClick={() => ctx.onAddTouchpoint(phase.id)}
            onDoubleClick={(e) => e.stopPropagation()}
            data-testid="empty-column-add"
          >
            <span className="block text-sm font-medium">+ {t('emptyColumn')}</span>
            <span className="mt-0.5 block">{t('emptyColumnHint')}</span>
          </button>
        )}
      </div>
      {/* The selection ring: its own element, so image exports leave it out. */}
      {selected && <div className="tp-selection pointer-events-none absolute inset-0 rounded-2xl ring-2 ring-indigo-400" data-testid="selection-ring" aria-hidden />}
      <div
        className={`absolute inset-x-0 top-0 flex flex-col gap-1 rounded-t-2xl px-3 pt-2 ${cycleUse ? 'bg-teal-700' : 'bg-indigo-600'} text-white`}
        style={{ height: HEADER_HEIGHT - 12 }}
      >
        <div className="flex items-center gap-1">
          {!ctx.readOnly && (
            <span className="tp-phase-drag tp-edit-control cursor-grab select-none px-0.5 text-white/70 hover:text-white" title={t('dragPhase')} aria-hidden>
              ⠿
            </span>
          )}
          {editing ? (
            <input
              ref={inputRef}
              className="nodrag min-w-0 flex-1 rounded bg-white px-1.5 py-0.5 text-sm font-semibold text-slate-900 outline-none"
              value={draft.text}
              aria-label={t('renamePhase')}
              onChange={(e) => draft.change(e.target.value)}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit();
                if (e.key === 'Escape') {
                  draft.drop();
                  draft.blur();
                  setEditing(false);
                }
                e.stopPropagation();
              }}
            />
          ) : (
            <h3
              className="min-w-0 flex-1 truncate text-sm font-semibold"
              title={phase.name}
              onDoubleClick={(e) => {
                if (ctx.readOnly) return;
                e.stopPropagation();
                draft.drop();
                draft.focus();
                setEditing(true);
              }}
              data-testid="phase-name"
            >
              {phase.name}
            </h3>
          )}
          {!ctx.readOnly && !editing && (
            <div className="tp-edit-control nodrag flex shrink-0 items-center opacity-80">
              <button
                type="button"
                className="rounded px-1 text-sm leading-none font-semibold hover:bg-white/20"
                aria-label={t('addTouchpointTo', { phase: phase.name })}
                title={t('addTouchpointTo', { phase: phase.name })}
                onClick={() => ctx.onAddTouchpoint(phase.id)}
                data-testid="phase-add-touchpoint"
              >
                +
              </button>
              <button
                type="button"
                className="rounded px-1 text-xs hover:bg-white/20 disabled:opacity-30"
                disabled={phase.order === 0}
                aria-label={t('moveLeft')}
                title={t('moveLeft')}
                onClick={() => ctx.onPhaseMove(phase.id, phase.order - 1)}
              >
                ◀
              </button>
              <button
                type="button"
                className="rounded px-1 text-xs hover:bg-white/20 disabled:opacity-30"
                disabled={phase.order >= ctx.phaseCount - 1}
                aria-label={t('moveRight')}
                title={t('moveRight')}
                onClick={() => ctx.onPhaseMove(phase.id, phase.order + 1)}
              >
                ▶
              </button>
              <button
                type="button"
                className="rounded px-1 text-xs hover:bg-white/20"
                aria-label={t('removePhase')}
                title={t('removePhase')}
                onClick={() => ctx.onPhaseRemove(phase.id)}
              >
                ✕
              </button>
            </div>
          )}
        </div>
        <div className="flex items-center gap-1.5 text-[11px] text-white">
          <span className="rounded-full bg-black/15 px-1.5 font-medium">{cycleUse ? t('cycleUse') : t('cycleBuy')}</span>
          <CountBadge label={t(count === 1 ? 'phaseTouchpoints_one' : 'phaseTouchpoints_other', { count })} testId="phase-count">
            {count} ●
          </CountBadge>
          {missed > 0 && (
            <CountBadge label={plural(t, 'phaseKpisMissed', missed)} className="rounded-full bg-red-700 px-1.5 font-semibold">
              KPI ✕{missed}
            </CountBadge>
          )}
          {/* A phase is scored once it has touchpoints, as the journey is (see hasScore). */}
          {score !== null && count > 0 && (
            <span className="tp-friction ml-auto rounded-full bg-black/15 px-1.5 font-semibold" title={t('phaseScore', { score })} data-testid="phase-score">
              {t('phaseScore', { score })}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

export const PhaseNode = memo(PhaseNodeView);
