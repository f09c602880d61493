// The top bar of the pages outside the editor: the product mark, page-specific controls
// and the language switch.
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/index.ts';
import { LanguageSwitch } from '../common/LanguageSwitch.tsx';
import { appMessages } from './messages.ts';
import { linkProps } from './router.ts';

export function Logo({ className = 'h-7 w-7' }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#4f46e5" />
      <path d="M7 21c3-7 6-9 9-5s6 2 9-5" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="7" cy="21" r="2.6" fill="#a5b4fc" />
      <circle cx="16" cy="16" r="2.6" fill="#fff" />
      <circle cx="25" cy="11" r="2.6" fill="#fbbf24" />
    </svg>
  );
}

export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useMessages(appMessages);
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <a {...linkProps('/')} className="flex items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-indigo-500">
          <Logo />
          <span className="text-base font-semibold tracking-tight text-slate-900">{t('appName')}</span>
        </a>
        <span className="hidden text-sm text-slate-500 md:inline">{t('tagline')}</span>
        <div className="ml-auto flex items-center gap-2">
          {children}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
