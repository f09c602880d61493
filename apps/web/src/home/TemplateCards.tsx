// The templates as cards, named and described in the interface language.
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
          <li key={template.id}>
            <button
              type="button"
              aria-label={t('useTemplate', { name })}
              disabled={disabled}
              aria-busy={busyId === template.id || undefined}
              onClick={() => onPick(template)}
              className="group flex h-full w-full flex-col rounded-xl border border-slate-200 bg-white p-4 text-left shadow-xs transition hover:-translate-y-0.5 hover:border-indigo-300 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-wait disabled:opacity-60"
            >
              <Icon className="h-8 w-8 text-indigo-600" />
              <span className="mt-2 text-sm font-semibold text-slate-900 group-hover:text-indigo-700">{name}</span>
              <span className="mt-1 text-xs leading-relaxed text-slate-600">{template.description[locale] ?? template.description.en}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
