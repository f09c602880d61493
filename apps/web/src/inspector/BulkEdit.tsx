// Edits several selected touchpoints at once: their channel, owner team, emotion, and
// whether they are key or wow moments. A field shows the value they share, or "Mixed" when
// they differ; choosing a value sets it on all of them, as one undo step.
import { EMOTION_MAX, EMOTION_MIN, OWNER_TEAMS, updateTouchpoints, type Journey, type OwnerTeam, type TouchpointFields } from '@touchpoint/model';
import { useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { SelectField } from './fields.tsx';
import { bulkEditMessages } from './bulk-edit-messages.ts';
import { inspectorMessages } from './messages.ts';

/** The option shown while the selected touchpoints differ; choosing it changes nothing. */
const MIXED = '__mixed__';

/** The value all `values` share, or MIXED. */
export function sharedValue(values: readonly string[]): string {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0]! : MIXED;
}

export function BulkEdit({ journey, ids }: { journey: Journey; ids: readonly string[] }) {
  const t = useMessages(inspectorMessages);
  const b = useMessages(bulkEditMessages);
  const { doc, origin } = useJourneyContext();
  const chosen = new Set(ids);
  const touchpoints = journey.touchpoints.filter((tp) => chosen.has(tp.id));
  const mixed = { value: MIXED, label: b('mixed') };
  const withMixed = <T extends string>(value: string, options: { value: T; label: string }[]) =>
    value === MIXED ? [mixed, ...options] : options;
  const set = (patch: TouchpointFields) => updateTouchpoints(doc, ids, patch, origin);
  const onChoose = (write: (value: string) => void) => (value: string) => {
    if (value !== MIXED) write(value);
  };

  const channel = sharedValue(touchpoints.map((tp) => tp.channelId ?? ''));
  const team = sharedValue(touchpoints.map((tp) => tp.ownerTeam ?? ''));
  const emotion = sharedValue(touchpoints.map((tp) => String(tp.emotion)));
  const keyMoment = sharedValue(touchpoints.map((tp) => (tp.isKeyMoment ? 'yes' : 'no')));
  const wowMoment = sharedValue(touchpoints.map((tp) => (tp.isWowMoment ? 'yes' : 'no')));
  const yesNo = [
    { value: 'yes', label: b('yes') },
    { value: 'no', label: b('no') },
  ];
  const emotions: { value: string; label: string }[] = [];
  for (let v = EMOTION_MAX; v >= EMOTION_MIN; v--) {
    emotions.push({ value: String(v), label: `${v > 0 ? '+' : ''}${v} ${t(`emotion_${v}` as 'emotion_0')}` });
  }

  return (
    <div className="flex flex-col gap-3" data-testid="bulk-edit">
      <p className="text-xs text-slate-500">{b('intro', { count: touchpoints.length })}</p>
      <SelectField
        label={t('channel')}
        value={channel}
        options={withMixed(channel, [{ value: '', label: t('noChannel') }, ...journey.channels.map((c) => ({ value: c.id, label: c.name }))])}
        onCommit={onChoose((value) => set({ channelId: value || null }))}
      />
      <SelectField
        label={t('ownerTeam')}
        value={team}
        options={withMixed(team, [{ value: '', label: t('noTeam') }, ...OWNER_TEAMS.map((v) => ({ value: v, label: t(`team_${v}`) }))])}
        onCommit={onChoose((value) => set({ ownerTeam: (value || null) as OwnerTeam | null }))}
      />
      <SelectField label={t('emotion')} value={emotion} options={withMixed(emotion, emotions)} onCommit={onChoose((value) => set({ emotion: Number(value) }))} />
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label={`★ ${t('keyMoment')}`}
          value={keyMoment}
          options={withMixed(keyMoment, yesNo)}
          onCommit={onChoose((value) => set({ isKeyMoment: value === 'yes' }))}
        />
        <SelectField
          label={`✦ ${t('wowMoment')}`}
          value={wowMoment}
          options={withMixed(wowMoment, yesNo)}
          onCommit={onChoose((value) => set({ isWowMoment: value === 'yes' }))}
        />
      </div>
    </div>
  );
}
