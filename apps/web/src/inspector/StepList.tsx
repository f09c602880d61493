// The steps out of and into a touchpoint, in its inspector. Each names the card at its other
// end, opens the step (for its label and handoff, bringing both its cards into view) and can
// be removed; a list of the map's other touchpoints adds a step without dragging from
// handle to handle (by keyboard, or on a touch screen).
import { connectStep, disconnectStep, isChannelSwitch, type Journey, type Step, type Touchpoint } from '@touchpoint/model';
import { useId, useMemo, useState } from 'react';
import { useShowNodes } from '../canvas/reveal.ts';
import { HANDOFF_COLOR } from '../canvas/visuals.ts';
import { useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { useSelection } from '../store/selection.ts';
import { Field, inputClass, Section } from './fields.tsx';
import { inspectorMessages } from './messages.ts';

export function StepList({ journey, touchpoint }: { journey: Journey; touchpoint: Touchpoint }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin, readOnly } = useJourneyContext();
  const byId = useMemo(() => new Map(journey.touchpoints.map((tp) => [tp.id, tp])), [journey.touchpoints]);
  const titleOf = (id: string) => byId.get(id)?.title || t('untitled');
  const outgoing = journey.steps.filter((s) => s.from === touchpoint.id);
  const incoming = journey.steps.filter((s) => s.to === touchpoint.id && s.from !== touchpoint.id);
  // The cards a step could go to: every other one without a step from here yet, by phase
  // and in column order.
  const reachable = new Set(outgoing.map((s) => s.to));
  const choices = journey.phases
    .map((phase) => ({
      phase,
      touchpoints: journey.touchpoints
        .filter((tp) => tp.phaseId === phase.id && tp.id !== touchpoint.id && !reachable.has(tp.id))
        .sort((a, b) => a.order - b.order),
    }))
    .filter((group) => group.touchpoints.length > 0);
  const [target, setTarget] = useState('');
  const selectId = useId();
  const showNodes = useShowNodes();

  const row = (step: Step, other: string, direction: 'next' | 'before') => {
    const title = titleOf(other);
    const handoff = isChannelSwitch(step, byId) ? HANDOFF_COLOR[step.handoff ?? 'unset'] : null;
    return (
      <li key={step.id} className="flex items-center gap-1" data-testid={direction === 'next' ? 'step-next' : 'step-before'}>
        <button
          type="button"
          className="flex min-w-0 flex-1 items-center gap-1.5 rounded-md px-2 py-1 text-left text-sm text-slate-800 hover:bg-slate-100"
          aria-label={t(direction === 'next' ? 'stepTo' : 'stepFrom', { title })}
          onClick={() => {
            useSelection.getState().set({ steps: [step.id] });
            // On a large map the card at the other end may be far away: both ends into view.
            showNodes([step.from, step.to]);
          }}
        >
          <span className="text-slate-400" aria-hidden>
            {direction === 'next' ? '→' : '←'}
          </span>
          <span className="truncate">{title}</span>
          {handoff && (
            <span className="ml-auto shrink-0 text-xs font-semibold" style={{ color: handoff }} aria-hidden>
              ⇄
            </span>
          )}
        </button>
        {!readOnly && (
          <button
            type="button"
            className="shrink-0 rounded-md px-1.5 py-1 text-xs text-slate-500 hover:bg-red-50 hover:text-red-700"
            aria-label={t(direction === 'next' ? 'removeStepTo' : 'removeStepFrom', { title })}
            title={t(direction === 'next' ? 'removeStepTo' : 'removeStepFrom', { title })}
            onClick={() => disconnectStep(doc, step.id, origin)}
          >
            ✕
          </button>
        )}
      </li>
    );
  };

  const add = () => {
    if (!target || !byId.has(target)) return;
    connectStep(doc, { from: touchpoint.id, to: target }, origin);
    setTarget('');
  };

  return (
    <Section title={t('steps')}>
      {outgoing.length === 0 && incoming.length === 0 && <p className="text-xs text-slate-500">{t('stepsNone')}</p>}
      {outgoing.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-medium text-slate-600">{t('stepsNext')}</h3>
          <ul className="flex flex-col gap-0.5">{outgoing.map((step) => row(step, step.to, 'next'))}</ul>
        </div>
      )}
      {incoming.length > 0 && (
        <div>
          <h3 className="mb-1 text-xs font-medium text-slate-600">{t('stepsBefore')}</h3>
          <ul className="flex flex-col gap-0.5">{incoming.map((step) => row(step, step.from, 'before'))}</ul>
        </div>
      )}
      {!readOnly && choices.length > 0 && (
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <Field label={t('connectTo')} htmlFor={selectId}>
              <select id={selectId} className={inputClass} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">{t('connectPick')}</option>
                {choices.map(({ phase, touchpoints }) => (
                  <optgroup key={phase.id} label={phase.name}>
                    {touchpoints.map((tp) => (
                      <option key={tp.id} value={tp.id}>
                        {tp.title || t('untitled')}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
          </div>
          <button
            type="button"
            className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-50"
            disabled={!target}
            onClick={add}
          >
            {t('connectAdd')}
          </button>
        </div>
      )}
    </Section>
  );
}
