// What a failed request says to the person who made it, in the interface's language. The
// server's own error texts are written for developers (and in English): they are shown
// only for a refusal this file has no words for.
import { useMemo } from 'react';
import { defineMessages, translate, useLocale, type UiLocale } from '../i18n/index.ts';
import { ApiError } from './client.ts';

const messages = defineMessages({
  en: {
    unreachable: 'The server cannot be reached. Check your connection and try again.',
    tooLarge: 'That is more than the server accepts (at most {size} MB).',
    tooLargeUnknown: 'That is more than the server accepts.',
    tooMany: 'Too many requests at once. Wait a moment and try again.',
    refused: 'The server refused: you no longer have access. Sign in again or ask for a new link.',
    notFound: 'It is no longer there: someone may have deleted or moved it.',
    serverError: 'The server ran into a problem. Try again; if it keeps happening, ask whoever runs the server to look at its log.',
  },
  nl: {
    unreachable: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    tooLarge: 'Dat is meer dan de server aanneemt (hoogstens {size} MB).',
    tooLargeUnknown: 'Dat is meer dan de server aanneemt.',
    tooMany: 'Te veel verzoeken tegelijk. Wacht even en probeer het opnieuw.',
    refused: 'De server weigerde: je hebt geen toegang meer. Meld je opnieuw aan of vraag om een nieuwe link.',
    notFound: 'Het is er niet meer: misschien heeft iemand het verwijderd of verplaatst.',
    serverError: 'Er ging iets mis op de server. Probeer het opnieuw; blijft het misgaan, vraag dan de beheerder van de server om in het logboek te kijken.',
  },
});

/** The words for a failed request (or any other error) in `locale`. */
export function errorText(error: unknown, locale: UiLocale): string {
  const t = (key: keyof (typeof messages)['en'], params?: Record<string, number>) => translate(messages, locale, key, params);
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 0) return t('unreachable');
  if (error.status === 413) {
    const size = error.maxBytes === null ? 0 : Math.floor(error.maxBytes / (1024 * 1024));
    return size ? t('tooLarge', { size }) : t('tooLargeUnknown');
  }
  if (error.status === 429) return t('tooMany');
  if (error.status === 401 || error.status === 403) return t('refused');
  if (error.status === 404) return t('notFound');
  if (error.status >= 500) return t('serverError');
  return error.message;
}

/** `errorText` in the interface's language; the same function until the language changes. */
export function useErrorText(): (error: unknown) => string {
  const locale = useLocale();
  return useMemo(() => (error: unknown) => errorText(error, locale), [locale]);
}
