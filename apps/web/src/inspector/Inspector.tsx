// The panel for the selection: a touchpoint, a step, a phase, several touchpoints, or
// (with nothing selected) the journey with its channels and personas. Viewers see the
// same fields, disabled. On a phone it is a sheet over the map, shown for a selection.
import { removeTouchpoints } from '@touchpoint/model';
import { modKey } from '../common/platform.ts';
import { useMessages } from '../i18n/index.ts';
import { useJourney, useJourneyContext } from '../store/context.tsx';
import { duplicateSelection } from '../editor/commands.ts';
import { useSelection } from '../store/selection.ts';
import { DraftOwner } from './field-draft.ts';
import { JourneyInspector } from './JourneyInspector.tsx';
import { inspectorMessages } from './messages.ts';
import { PhaseInspector } from './PhaseInspector.tsx';
import { StepInspector } from './StepInspector.tsx';
import { TouchpointInspector, type TitleFocus } from './TouchpointInspector.tsx';
import { BulkEdit } from './BulkEdit.tsx';

export function Inspector({ focusTitle }: { focusTitle?: TitleFocus | null }) {
  const t = useMessages(inspectorMessages);
  const journey = useJourney();
  const { doc, origin, readOnly } = useJourneyContext();
  const selection = useSelection();
  if (!journey) return null;
  const selected = selection.touchpoints.length > 0 || selection.steps.length > 0 || selection.phase !== null;
  let body;
  if (selection.touchpoints.length > 1) {
    body = (
      <div className="flex flex-col gap-3 p-4 max-md:pr-12">
        <p className="text-sm font-semibold text-slate-800">{t('multiple', { count: selection.touchpoints.length })}</p>
        <p className="text-xs text-slate-500">{t('multipleHint', { mod: modKey() })}</p>
        {!readOnly && <BulkEdit journey={journey} ids={selection.touchpoints} />}
        {!readOnly && (
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-50"
              onClick={() => selection.set({ touchpoints: duplicateSelection(doc, origin, journey, selection.touchpoints) })}
            >
              {t('duplicateSelected')}
            </button>
            <button
              type="button"
              className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700"
              onClick={() => {
                removeTouchpoints(doc, selection.touchpoints, origin);
                selection.clear();
              }}
            >
              {t('deleteSelected')}
            </button>
          </div>
        )}
      </div>
    );
  } else {
    const touchpoint = selection.touchpoints[0] ? journey.touchpoints.find((tp) => tp.id === selection.touchpoints[0]) : undefined;
    const step = !touchpoint && selection.steps[0] ? journey.steps.find((s) => s.id === selection.steps[0]) : undefined;
    const phase = !touchpoint && !step && selection.phase ? journey.phases.find((p) => p.id === selection.phase) : undefined;
    if (touchpoint) body = <TouchpointInspector key={touchpoint.id} journey={journey} touchpoint={touchpoint} focusTitle={focusTitle} />;
    else if (step) body = <StepInspector key={step.id} journey={journey} step={step} />;
    else if (phase) body = <PhaseInspector key={phase.id} phase={phase} focusName={focusTitle} />;
    else body = <JourneyInspector journey={journey} />;
    // Unsaved typing is listed under the item, for when a colleague removes it (removed-selection.ts).
    const owner = touchpoint?.id ?? step?.id ?? phase?.id;
    if (owner) body = <DraftOwner.Provider value={owner}>{body}</DraftOwner.Provider>;
  }
  return (
    // On a phone the map keeps the screen: the panel is a sheet over its lower half while
    // something is selected, and the journey's own fields wait for a wider screen.
    <aside
      // The sheet's close button sits over the end of the first heading row: that row keeps clear of it.
      className={`${selected ? 'flex' : 'hidden md:flex'} max-md:[&>fieldset>section:first-of-type>div:first-child]:pr-10 fixed inset-x-0 bottom-0 z-30 max-h-[55vh] w-full flex-col overflow-y-auto border-t border-slate-200 bg-white shadow-[0_-4px_16px_rgb(15_23_42/0.12)] md:static md:h-full md:max-h-none md:w-[340px] md:shrink-0 md:border-t-0 md:border-l md:shadow-none`}
      aria-label="Inspector"
      data-testid="inspector"
    >
      {selected && (
        <button
          type="button"
          onClick={() => selection.clear()}
          aria-label={t('closeSheet')}
          className="sticky top-0 z-10 ml-auto -mb-9 mr-2 mt-1 inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-white/90 text-slate-600 shadow-sm ring-1 ring-slate-200 md:hidden"
        >
          ✕
        </button>
      )}
      {readOnly && <p className="bg-amber-50 px-4 py-2 pr-12 text-xs text-amber-800 md:pr-4">{t('readOnly')}</p>}
      <fieldset disabled={readOnly} className="contents">
        {body}
      </fieldset>
    </aside>
  );
}
