// Who this person is to the others in a journey: a name and a colour, editable and
// remembered in this browser. Travels on awareness only, never in the document.
import { create } from 'zustand';

export const PRESENCE_COLORS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d'] as const;

const STORAGE_KEY = 'touchpoint.identity';

export interface Identity {
  name: string;
  color: string;
}

const ANIMALS = ['Otter', 'Heron', 'Fox', 'Lynx', 'Puffin', 'Badger', 'Marten', 'Stork', 'Seal', 'Hare'];

function randomIdentity(): Identity {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
  return { name: pick(ANIMALS), color: pick(PRESENCE_COLORS) };
}

function load(): Identity {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (raw) {
      const parsed = JSON.parse(raw) as Partial<Identity>;
      if (typeof parsed.name === 'string' && parsed.name.trim() && typeof parsed.color === 'string') {
        return { name: parsed.name.slice(0, 40), color: parsed.color };
      }
    }
  } catch {
    // fall through to a fresh identity
  }
  const fresh = randomIdentity();
  save(fresh);
  return fresh;
}

function save(identity: Identity): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(identity));
  } catch {
    // not remembered
  }
}

interface IdentityState extends Identity {
  update(patch: Partial<Identity>): void;
}

export const useIdentity = create<IdentityState>((set, get) => ({
  ...load(),
  update: (patch) => {
    const name = (patch.name ?? get().name).trim().slice(0, 40) || get().name;
    const next = { name, color: patch.color ?? get().color };
    save(next);
    set(next);
  },
}));
