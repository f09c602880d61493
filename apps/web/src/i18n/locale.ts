// The interface language (English or Dutch), chosen by the user and remembered in the
// browser. Each feature keeps its own messages next to it (`messages.ts`) and reads them
// with `useMessages`, so no single dictionary file grows without bounds.
import { create } from 'zustand';

export const UI_LOCALES = ['en', 'nl'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const STORAGE_KEY = 'touchpoint.locale';

function initialLocale(): UiLocale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'nl') return saved;
  } catch {
    // localStorage can be unavailable (privacy mode); fall back to the browser language.
  }
  const language = globalThis.navigator?.language ?? 'en';
  return language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

interface LocaleState {
  locale: UiLocale;
  setLocale: (locale: UiLocale) => void;
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: initialLocale(),
  setLocale: (locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Not remembered, but still switched.
    }
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
    set({ locale });
  },
}));

export function useLocale(): UiLocale {
  return useLocaleStore((s) => s.locale);
}
