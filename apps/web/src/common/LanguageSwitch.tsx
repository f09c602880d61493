// EN / NL toggle for the interface language. Sets the locale (remembered in the browser)
// and `<html lang>`, so screen readers pronounce the page in the right language.
import { useEffect } from 'react';
import { UI_LOCALES, useLocale, useLocaleStore, useMessages, type UiLocale } from '../i18n/index.ts';
import { commonMessages } from './messages.ts';

const SHORT: Record<UiLocale, string> = { en: 'EN', nl: 'NL' };
const NAME_KEY = { en: 'english', nl: 'dutch' } as const;

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const locale = useLocale();
  const setLocale = useLocaleStore((s) => s.setLocale);
  const t = useMessages(commonMessages);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div role="group" aria-label={t('languageSwitch')} className={`inline-flex rounded-lg bg-slate-100 p-0.5 text-xs font-semibold ${className}`}>
      {UI_LOCALES.map((option) => {
        const active = option === locale;
        return (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={active}
            title={t(NAME_KEY[option])}
            onClick={() => setLocale(option)}
            className={`rounded-md px-2 py-1 transition focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500 ${
              active ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {/* The name comes from the words, not an aria-label, so that what is read and
                what is shown agree (speech control users say what they see). */}
            <span aria-hidden="true">{SHORT[option]}</span>
            <span className="sr-only">{t(NAME_KEY[option])}</span>
          </button>
        );
      })}
    </div>
  );
}
