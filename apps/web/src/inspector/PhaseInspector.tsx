import { updatePhase, type Cycle, type Phase } from '@touchpoint/model';
import { useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { KpiList } from './KpiList.tsx';
import { inspectorMessages } from './messages.ts';
import type { TitleFocus } from './TouchpointInspector.tsx';

export function PhaseInspector({ phase, focusName }: { phase: Phase; focusName?: TitleFocus | null }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin } = useJourneyContext();
  return (
    <>
      <Section title={t('phase')}>
        <TextField
          label={t('name')}
          value={phase.name}
          onCommit={(name) => updatePhase(doc, phase.id, { name }, origin)}
          autoFocusKey={focusName?.id === phase.id ? `${phase.id}:${focusName.n}` : null}
        />
        <SelectField<Cycle>
          label={t('cycle')}
          value={phase.cycle}
          options={[
            { value: 'buy', label: t('cycle_buy') },
            { value: 'use', label: t('cycle_use') },
          ]}
          onCommit={(cycle) => updatePhase(doc, phase.id, { cycle }, origin)}
        />
        <TextField
          label={t('description')}
          value={phase.description}
          onCommit={(description) => updatePhase(doc, phase.id, { description }, origin)}
          multiline
        />
      </Section>
      <KpiList ownerId={phase.id} kpis={phase.kpis} />
    </>
  );
}
