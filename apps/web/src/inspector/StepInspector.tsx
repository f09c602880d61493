import { disconnectStep, isChannelSwitch, updateStep, type Handoff, type Journey, type Step } from '@touchpoint/model';
import { useMemo } from 'react';
import { useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { useSelection } from '../store/selection.ts';
import { HANDOFF_TEXT_COLOR } from '../canvas/visuals.ts';
import { RemoveButton, Section, SelectField, TextField } from './fields.tsx';
import { inspectorMessages } from './messages.ts';

export function StepInspector({ journey, step }: { journey: Journey; step: Step }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin } = useJourneyContext();
  const touchpoints = useMemo(() => new Map(journey.touchpoints.map((tp) => [tp.id, tp])), [journey.touchpoints]);
  const from = touchpoints.get(step.from);
  const to = touchpoints.get(step.to);
  const channelName = (id: string | null | undefined) => journey.channels.find((c) => c.id === id)?.name ?? '';
  const isSwitch = isChannelSwitch(step, touchpoints);
  return (
    <Section
      title={t('step')}
      actions={
        <RemoveButton
          onClick={() => {
            disconnectStep(doc, step.id, origin);
            useSelection.getState().clear();
          }}
        >
          {t('deleteStep')}
        </RemoveButton>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-500">{t('from')}</dt>
        <dd className="font-medium text-slate-800">{from?.title}</dd>
        <dt className="text-slate-500">{t('to')}</dt>
        <dd className="font-medium text-slate-800">{to?.title}</dd>
      </dl>
      <p
        className="rounded-md px-2 py-1.5 text-xs font-semibold"
        style={isSwitch ? { background: '#fff7ed', color: HANDOFF_TEXT_COLOR[step.handoff ?? 'unset'] } : { background: '#f1f5f9', color: '#475569' }}
        data-testid="switch-status"
      >
        {isSwitch ? `⇄ ${t('isSwitch', { from: channelName(from?.channelId), to: channelName(to?.channelId) })}` : t('notSwitch')}
      </p>
      <TextField label={t('label')} value={step.label} onCommit={(label) => updateStep(doc, step.id, { label }, origin)} />
      <SelectField<string>
        label={t('handoff')}
        value={step.handoff ?? ''}
        options={[
          { value: '', label: t('handoffUnset') },
          { value: 'full', label: t('handoff_full') },
          { value: 'partial', label: t('handoff_partial') },
          { value: 'none', label: t('handoff_none') },
        ]}
        onCommit={(handoff) => updateStep(doc, step.id, { handoff: (handoff || null) as Handoff | null }, origin)}
      />
    </Section>
  );
}
