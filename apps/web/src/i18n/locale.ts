// The interface language (English or Dutch), chosen by the user and remembered in the
// browser. Each feature keeps its own messages next to it (`messages.ts`) and reads them
// with `useMessages`, so no single dictionary file grows without bounds.
import { create } from 'zustand';

export const UI_LOCALES = ['en', 'nl'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const STORAGE_KEY = 'touchpoint.locale';

/** The language this browser chose before, if it did. */
function savedLocale(): UiLocale | null {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'nl') return saved;
  } catch {
    // localStorage can be unavailable (privacy mode); fall back to the browser language.
  }
  return null;
}

function browserLocale(): UiLocale {
  const language = globalThis.navigator?.language ?? 'en';
  return language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

interface LocaleState {
  locale: UiLocale;
  /** Whether the language was chosen (now or before, in this browser) rather than guessed. */
  chosen: boolean;
  setLocale: (locale: UiLocale) => void;
  /**
   * Speaks `locale` unless a language was chosen, without remembering it: a page about one
   * journey (the lookbook) reads in the journey's language when the reader never chose one.
   */
  suggestLocale: (locale: UiLocale) => void;
}

const saved = savedLocale();

export const useLocaleStore = create<LocaleState>((set, get) => ({
  locale: saved ?? browserLocale(),
  chosen: saved !== null,
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, but still switched.
    }
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
    set({ locale, chosen: true });
  },
  suggestLocale: (locale) => {
    if (get().chosen || get().locale === locale) return;
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
    set({ locale });
  },
}));

export function useLocale(): UiLocale {
  return useLocaleStore((s) => s.locale);
}
