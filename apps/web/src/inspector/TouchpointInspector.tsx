import {
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_MAX,
  EMOTION_MIN,
  moveTouchpoint,
  OWNER_TEAMS,
  removeTouchpoint,
  updateTouchpoint,
  type Journey,
  type OwnerTeam,
  type Touchpoint,
  type TouchpointFields,
} from '@touchpoint/model';
import { useMemo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { duplicateSelection } from '../editor/commands.ts';
import { useSelection } from '../store/selection.ts';
import { RemoveButton, Section, SelectField, SliderField, TextField, Toggle } from './fields.tsx';
import { CommentList } from './CommentList.tsx';
import { KpiList } from './KpiList.tsx';
import { StepList } from './StepList.tsx';
import { inspectorMessages } from './messages.ts';

/** A request to put the cursor in a card's title or a phase's name: each new `n` asks again. */
export interface TitleFocus {
  id: string;
  n: number;
}

export function TouchpointInspector({ journey, touchpoint, focusTitle }: { journey: Journey; touchpoint: Touchpoint; focusTitle?: TitleFocus | null }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin, readOnly } = useJourneyContext();
  const update = (patch: TouchpointFields) => updateTouchpoint(doc, touchpoint.id, patch, origin);
  const tp = touchpoint;
  const comments = useMemo(() => journey.comments.filter((c) => c.touchpointId === tp.id), [journey.comments, tp.id]);
  return (
    <>
      <Section
        title={t('touchpoint')}
        actions={
          !readOnly && (
            <div className="flex items-center gap-1">
              <button
                type="button"
                className="shrink-0 whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
                aria-label={t('duplicateTouchpoint')}
                onClick={() => useSelection.getState().set({ touchpoints: duplicateSelection(doc, origin, journey, [tp.id]) })}
              >
                {t('duplicate')}
              </button>
              <RemoveButton
                ariaLabel={t('deleteTouchpoint')}
                onClick={() => {
                  removeTouchpoint(doc, tp.id, origin);
                  useSelection.getState().clear();
                }}
              >
                {t('delete')}
              </RemoveButton>
            </div>
          )
        }
      >
        <TextField label={t('title')} value={tp.title} onCommit={(title) => update({ title })} autoFocusKey={focusTitle?.id === tp.id ? `${tp.id}:${focusTitle.n}` : null} />
        <SelectField
          label={t('phase')}
          value={tp.phaseId}
          options={journey.phases.map((p) => ({ value: p.id, label: p.name }))}
          // To the end of the chosen column.
          onCommit={(phaseId) => moveTouchpoint(doc, tp.id, { phaseId }, origin)}
        />
        <SelectField
          label={t('channel')}
          value={tp.channelId ?? ''}
          options={[{ value: '', label: t('noChannel') }, ...journey.channels.map((c) => ({ value: c.id, label: c.name }))]}
          onCommit={(channelId) => update({ channelId: channelId || null })}
        />
        <TextField label={t('goal')} value={tp.goal} onCommit={(goal) => update({ goal })} multiline />
        <TextField label={t('description')} value={tp.description} onCommit={(description) => update({ description })} multiline />
        <SliderField
          label={t('emotion')}
          value={tp.emotion}
          min={EMOTION_MIN}
          max={EMOTION_MAX}
          describe={(v) => `${v > 0 ? '+' : ''}${v} ${t(`emotion_${v}` as 'emotion_0')}`}
          onCommit={(emotion) => update({ emotion })}
        />
        <SliderField label={t('effort')} value={tp.effort} min={EFFORT_MIN} max={EFFORT_MAX} describe={(v) => `${v} / ${EFFORT_MAX}`} onCommit={(effort) => update({ effort })} />
        <div className="grid grid-cols-2 gap-2">
          <Toggle label={`★ ${t('keyMoment')}`} checked={tp.isKeyMoment} onCommit={(isKeyMoment) => update({ isKeyMoment })} />
          <Toggle label={`✦ ${t('wowMoment')}`} checked={tp.isWowMoment} onCommit={(isWowMoment) => update({ isWowMoment })} />
          <Toggle label={t('isStart')} checked={tp.isStart} onCommit={(isStart) => update({ isStart })} />
          <Toggle label={t('isEnd')} checked={tp.isEnd} onCommit={(isEnd) => update({ isEnd })} />
        </div>
        <TextField label={t('callToAction')} value={tp.callToAction} onCommit={(callToAction) => update({ callToAction })} />
        <SelectField<string>
          label={t('ownerTeam')}
          value={tp.ownerTeam ?? ''}
          options={[{ value: '', label: t('noTeam') }, ...OWNER_TEAMS.map((team) => ({ value: team, label: t(`team_${team}`) }))]}
          onCommit={(team) => update({ ownerTeam: (team || null) as OwnerTeam | null })}
        />
        <TextField label={t('notes')} value={tp.notes} onCommit={(notes) => update({ notes })} multiline />
      </Section>
      <StepList journey={journey} touchpoint={tp} />
      <KpiList ownerId={tp.id} kpis={tp.kpis} />
      <CommentList touchpointId={tp.id} comments={comments} />
    </>
  );
}
