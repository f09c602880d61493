// Who is here: an avatar per person (from awareness), which goes to where that person is
// on the map, and this person's own avatar, which opens a small editor for the name and
// colour (remembered in this browser).
import { useState } from 'react';
import { plural, useMessages } from '../i18n/index.ts';
import { PRESENCE_COLORS, useIdentity } from '../sync/identity.ts';
import { usePresence, type Peer } from '../sync/presence.ts';
import { editorMessages } from './messages.ts';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

function Avatar({ name, color, ring }: { name: string; color: string; ring?: boolean }) {
  return (
    <span
      className={`flex h-8 w-8 items-center justify-center rounded-full text-xs font-bold text-white ${ring ? 'ring-2 ring-white ring-offset-1' : 'ring-2 ring-white'}`}
      style={{ background: color }}
      title={name}
    >
      {initials(name)}
    </span>
  );
}

/** `maxPeers`: how many other people get an avatar; the rest are counted (+3). */
export function PresenceAvatars({ onGoTo, maxPeers = 6 }: { onGoTo(peer: Peer): void; maxPeers?: number }) {
  const t = useMessages(editorMessages);
  const peers = usePresence((s) => s.peers);
  const { name, color, update } = useIdentity();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(name);
  return (
    <div className="relative flex items-center" data-testid="avatars" aria-label={plural(t, 'peopleHere', peers.length + 1)}>
      <div className="flex -space-x-2">
        {peers.slice(0, maxPeers).map((p) => (
          <button
            key={p.clientId}
            type="button"
            className="rounded-full hover:z-10 focus-visible:z-10"
            title={t('goToPeer', { name: p.name })}
            aria-label={t('goToPeer', { name: p.name })}
            onClick={() => onGoTo(p)}
            data-testid="peer-avatar"
          >
            <Avatar name={p.name} color={p.color} />
          </button>
        ))}
        {peers.length > maxPeers && (
          <span className="flex h-8 w-8 items-center justify-center rounded-full bg-slate-300 text-xs font-bold text-slate-700 ring-2 ring-white">
            +{peers.length - maxPeers}
          </span>
        )}
      </div>
      <button
        type="button"
        className="ml-2 rounded-full"
        title={t('editIdentity')}
        aria-label={t('editIdentity')}
        onClick={() => {
          setDraft(name);
          setOpen((o) => !o);
        }}
      >
        <Avatar name={name} color={color} ring />
      </button>
      {open && (
        <div
          className="absolute right-0 top-10 z-50 w-64 rounded-xl border border-slate-200 bg-white p-3 shadow-xl"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <label className="text-xs font-medium text-slate-600" htmlFor="identity-name">
            {t('yourName')}
          </label>
          <input
            id="identity-name"
            autoFocus
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            value={draft}
            maxLength={40}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => update({ name: draft })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                update({ name: draft });
                setOpen(false);
              }
            }}
          />
          <p className="mt-3 text-xs font-medium text-slate-600">{t('yourColor')}</p>
          <div className="mt-1 flex flex-wrap gap-1.5">
            {PRESENCE_COLORS.map((c) => (
              <button
                key={c}
                type="button"
                aria-label={c}
                aria-pressed={c === color}
                className={`h-6 w-6 rounded-full ${c === color ? 'ring-2 ring-slate-900 ring-offset-2' : ''}`}
                style={{ background: c }}
                onClick={() => update({ color: c })}
              />
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
