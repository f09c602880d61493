// With nothing selected: the journey itself, its channels and its personas.
import {
  addChannel,
  addPersona,
  CHANNEL_KINDS,
  removeChannel,
  removePersona,
  updateChannel,
  updateJourney,
  updatePersona,
  type ChannelKind,
  type Journey,
  type Locale,
} from '@touchpoint/model';
import { useState } from 'react';
import { CountBadge } from '../common/CountBadge.tsx';
import { useContentMessages, useMessages } from '../i18n/index.ts';
import { useJourneyContext } from '../store/context.tsx';
import { ChannelIcon } from '../canvas/icons.tsx';
import { CHANNEL_STYLE } from '../canvas/visuals.ts';
import { RemoveButton, Section, SelectField, TextField, Toggle } from './fields.tsx';
import { inspectorMessages } from './messages.ts';

type Tab = 'journey' | 'channels' | 'personas';

export function JourneyInspector({ journey }: { journey: Journey }) {
  const t = useMessages(inspectorMessages);
  const [tab, setTab] = useState<Tab>('journey');
  return (
    <>
      <div className="flex gap-1 border-b border-slate-200 px-3 pt-3" role="tablist">
        {(['journey', 'channels', 'personas'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`rounded-t-md px-3 py-1.5 text-sm font-medium ${
              tab === id ? 'border-b-2 border-indigo-600 text-indigo-700' : 'text-slate-600 hover:text-slate-900'
            }`}
            onClick={() => setTab(id)}
          >
            {t(id)}
            {id === 'channels' && ` (${journey.channels.length})`}
            {id === 'personas' && ` (${journey.personas.length})`}
          </button>
        ))}
      </div>
      {tab === 'journey' && <JourneyFields journey={journey} />}
      {tab === 'channels' && <ChannelManager journey={journey} />}
      {tab === 'personas' && <PersonaManager journey={journey} />}
    </>
  );
}

function JourneyFields({ journey }: { journey: Journey }) {
  const t = useMessages(inspectorMessages);
  const { doc, origin } = useJourneyContext();
  return (
    <Section title={t('journey')}>
      <TextField label={t('title')} value={journey.title} onCommit={(title) => updateJourney(doc, { title }, origin)} />
      <TextField
        label={t('description')}
        value={journey.description}
        onCommit={(description) => updateJourney(doc, { description }, origin)}
        multiline
      />
      <TextField label={t('campaign')} value={journey.campaign} onCommit={(campaign) => updateJourney(doc, { campaign }, origin)} />
      <SelectField<Locale>
        label={t('locale')}
        value={journey.locale}
        options={[
          { value: 'en', label: 'English' },
          { value: 'nl', label: 'Nederlands' },
        ]}
        onCommit={(locale) => updateJourney(doc, { locale }, origin)}
      />
    </Section>
  );
}

function AddButton({ label, onClick }: { label: string; onClick(): void }) {
  const { readOnly } = useJourneyContext();
  if (readOnly) return null;
  return (
    <button type="button" className="rounded-md px-2 py-1 text-xs font-semibold text-indigo-700 hover:bg-indigo-50" onClick={onClick}>
      + {label}
    </button>
  );
}

function ChannelManager({ journey }: { journey: Journey }) {
  const t = useMessages(inspectorMessages);
  const tc = useContentMessages(inspectorMessages, journey.locale);
  const { doc, origin } = useJourneyContext();
  /** The channel just added: its name takes the cursor, selected, to be typed over. */
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section
      title={t('channels')}
      actions={<AddButton label={t('addChannel')} onClick={() => setAdded(addChannel(doc, { name: tc('newChannel') }, origin))} />}
    >
      {journey.channels.length === 0 && <p className="text-xs text-slate-500">{t('none')}</p>}
      {journey.channels.map((channel) => {
        const used = journey.touchpoints.filter((tp) => tp.channelId === channel.id).length;
        return (
          <div key={channel.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-2" data-testid="channel-row">
            <div className="flex items-center gap-2">
              <span
                className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm"
                style={{ background: `${CHANNEL_STYLE[channel.kind].color}22` }}
                aria-hidden
              >
                <ChannelIcon kind={channel.kind} size={15} color={CHANNEL_STYLE[channel.kind].color} />
              </span>
              <div className="flex-1">
                <TextField
                  label={t('name')}
                  value={channel.name}
                  onCommit={(name) => updateChannel(doc, channel.id, { name }, origin)}
                  autoFocusKey={channel.id === added ? added : null}
                />
              </div>
            </div>
            <div className="flex items-end gap-2">
              <div className="flex-1">
                <SelectField<ChannelKind>
                  label={t('kind')}
                  value={channel.kind}
                  options={CHANNEL_KINDS.map((kind) => ({ value: kind, label: t(`kind_${kind}`) }))}
                  onCommit={(kind) => updateChannel(doc, channel.id, { kind }, origin)}
                />
              </div>
              <RemoveButton ariaLabel={`${t('remove')} ${channel.name}`} onClick={() => removeChannel(doc, channel.id, origin)}>
                {t('remove')}
              </RemoveButton>
            </div>
            <div className="flex items-center justify-between">
              <Toggle label={t('canConvert')} checked={channel.canConvert} onCommit={(canConvert) => updateChannel(doc, channel.id, { canConvert }, origin)} />
              <CountBadge label={t(used === 1 ? 'channelUse_one' : 'channelUse_other', { count: used })} className="text-xs text-slate-500" testId="channel-use">
                {used} ●
              </CountBadge>
            </div>
          </div>
        );
      })}
    </Section>
  );
}

function PersonaManager({ journey }: { journey: Journey }) {
  const t = useMessages(inspectorMessages);
  const tc = useContentMessages(inspectorMessages, journey.locale);
  const { doc, origin } = useJourneyContext();
  /** The persona just added: its name takes the cursor, selected, to be typed over. */
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Section
      title={t('personas')}
      actions={<AddButton label={t('addPersona')} onClick={() => setAdded(addPersona(doc, { name: tc('newPersona') }, origin))} />}
    >
      {journey.personas.length === 0 && <p className="text-xs text-slate-500">{t('none')}</p>}
      {journey.personas.map((persona) => (
        <div key={persona.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-2" data-testid="persona-row">
          <TextField
            label={t('name')}
            value={persona.name}
            onCommit={(name) => updatePersona(doc, persona.id, { name }, origin)}
            autoFocusKey={persona.id === added ? added : null}
          />
          <TextField
            label={t('description')}
            value={persona.description}
            onCommit={(description) => updatePersona(doc, persona.id, { description }, origin)}
            multiline
          />
          <TextField
            label={t('goals')}
            value={persona.goals.join('\n')}
            onCommit={(text) =>
              updatePersona(
                doc,
                persona.id,
                { goals: text.split('\n').map((g) => g.trim()).filter(Boolean) },
                origin,
              )
            }
            multiline
          />
          <div className="flex justify-end">
            <RemoveButton ariaLabel={`${t('remove')} ${persona.name}`} onClick={() => removePersona(doc, persona.id, origin)}>
              {t('remove')}
            </RemoveButton>
          </div>
        </div>
      ))}
    </Section>
  );
}
