// Typed message catalogues: the Dutch catalogue must hold every key of the English one.
import { useMemo } from 'react';
import { useLocale, type UiLocale } from './locale.ts';

export type Catalogue<K extends string> = Record<K, string>;
export interface Messages<K extends string> {
  en: Catalogue<K>;
  nl: Catalogue<K>;
}

/** Declares a feature's messages; the type checker refuses a Dutch catalogue with missing keys. */
export function defineMessages<K extends string>(messages: { en: Catalogue<K>; nl: Catalogue<NoInfer<K>> }): Messages<K> {
  return messages;
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** Looks up a message and fills `{name}` placeholders. */
export function translate<K extends string>(
  messages: Messages<K>,
  locale: UiLocale,
  key: K,
  params?: Record<string, string | number>,
): string {
  const template = messages[locale][key] ?? messages.en[key] ?? key;
  return params ? fillPlaceholders(template, params) : template;
}

/** Fills the `{name}` placeholders of a message; unknown names stay as they are. */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * A count message in the right form for `count`: the `{key}_one` message for 1, else the
 * `{key}_other` one (English and Dutch have just these two forms), with `{count}` filled
 * in. So a catalogue holds `pasted_one: '1 touchpoint pasted'` and
 * `pasted_other: '{count} touchpoints pasted'`, and the screen asks `plural(t, 'pasted', n)`.
 */
export function plural<B extends string>(
  t: NoInfer<Translate<`${B}_one` | `${B}_other`>>,
  key: B,
  count: number,
  params?: Record<string, string | number>,
): string {
  return t(count === 1 ? `${key}_one` : `${key}_other`, { ...params, count });
}

/**
 * The translate function of a feature's messages in the interface language; the same
 * function until the language changes.
 */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  return useContentMessages(messages, useLocale());
}

/**
 * The translate function of a feature's messages in a given language: for text written into
 * a journey (the name of a new card, phase or KPI), which is in the journey's own language
 * whatever the interface speaks.
 */
export function useContentMessages<K extends string>(messages: Messages<K>, locale: UiLocale): Translate<K> {
  return useMemo<Translate<K>>(() => (key, params) => translate(messages, locale, key, params), [messages, locale]);
}
