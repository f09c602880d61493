// The templates as cards, named and described in the interface language.
import { useId } from 'react';
import type { TemplateInfo } from '../api/client.ts';
import { useLocale, useMessages } from '../i18n/index.ts';
import { Skeleton } from '../common/Spinner.tsx';
import { CarIcon, CompassIcon, PackageIcon, ShieldIcon, ShoppingBagIcon } from '../common/icons.tsx';
import { Button } from '../common/Button.tsx';
import { homeMessages } from './messages.ts';

// An icon per template that ships with the model; a template without one gets a spare, in turn.
const TEMPLATE_ICONS: Record<string, typeof ShieldIcon> = {
  'insurance-application': ShieldIcon,
  'car-rental-winter': CarIcon,
  'omnichannel-retail': ShoppingBagIcon,
};
const SPARE_ICONS = [CompassIcon, PackageIcon];

export function TemplateCards({
  templates,
  onPick,
  busyId,
  disabled,
  onRetry,
}: {
  templates: TemplateInfo[] | null | 'error';
  onPick: (template: TemplateInfo) => void;
  busyId?: string | null;
  disabled?: boolean;
  /** Loads the templates again after they failed to load. */
  onRetry?: () => void;
}) {
  const t = useMessages(homeMessages);
  const idPrefix = useId();
  const locale = useLocale();
  if (templates === 'error') {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-rose-700">
        <p>{t('templatesError')}</p>
        {onRetry && (
          <Button size="sm" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </div>
    );
  }
  if (!templates) {
    return (
      <div className="grid gap-3 sm:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {templates.map((template, i) => {
        const name = template.name[locale] ?? template.name.en;
        const Icon = TEMPLATE_ICONS[template.id] ?? SPARE_ICONS[i % SPARE_ICONS.length]!;
        return (
          // The card shows the name and description; the button over it is named "Use template
          // “…”" and described by the description. Holding no text of its own, its name cannot
          // disagree with what the card shows.
          <li
            key={template.id}
            className="group relative flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 text-left shadow-xs transition hover:-translate-y-0.5 hover:border-indigo-300 hover:shadow-md has-[button:disabled]:cursor-wait has-[button:disabled]:opacity-60 has-[button:disabled]:hover:translate-y-0"
          >
            <Icon className="h-8 w-8 text-indigo-600" />
            <span className="mt-2 text-sm font-semibold text-slate-900 group-hover:text-indigo-700">{name}</span>
            <span id={`${idPrefix}-${template.id}`} className="mt-1 text-xs leading-relaxed text-slate-600">
              {template.description[locale] ?? template.description.en}
            </span>
            <button
              type="button"
              aria-label={t('useTemplate', { name })}
              aria-describedby={`${idPrefix}-${template.id}`}
              disabled={disabled}
              aria-busy={busyId === template.id || undefined}
              onClick={() => onPick(template)}
              className="absolute inset-0 rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-wait"
            />
          </li>
        );
      })}
    </ul>
  );
}
