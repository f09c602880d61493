// A card's badge row, in one line: its flags (Start, Key moment, Wow moment, End) at their
// size, up to two KPI chips that shrink and end in an ellipsis (the whole text in their
// title), and "+N" for the KPIs that do not fit (listed in its title). See card-badges.ts.
// At the end, a speech bubble and n for the card's open comments: an edit control, left out of image exports.
import { formatNumber, type Kpi, type Touchpoint } from '@touchpoint/model';
import { plural, useLocale, useMessages, type UiLocale } from '../i18n/index.ts';
import { BADGE_ROW_WIDTH, commentBadgeWidth, fitBadges } from './card-badges.ts';
import { useOpenComments } from './comment-counts.ts';
import { CommentIcon } from './icons.tsx';
import { useMapContext } from './mapContext.ts';
import { canvasMessages } from './messages.ts';
import { kpiMissed } from './visuals.ts';

/** A KPI value in the interface language's separators (as the inspector shows it); a dash when not set. */
function kpiValue(value: number | null, locale: UiLocale): string {
  return value === null ? '–' : formatNumber(value, locale);
}

/** What a chip shows after the KPI's name: actual / target and unit. */
const chipValue = (kpi: Kpi, locale: UiLocale) => `${kpiValue(kpi.actual, locale)}/${kpiValue(kpi.target, locale)}${kpi.unit}`;

const FLAG_STYLE = {
  start: 'bg-slate-800 text-white',
  keyMoment: 'bg-amber-100 text-amber-800',
  wowMoment: 'bg-fuchsia-100 text-fuchsia-800',
  end: 'bg-slate-200 text-slate-700',
} as const;
const FLAG_SYMBOL: Record<keyof typeof FLAG_STYLE, string> = { start: '▶', keyMoment: '★', wowMoment: '✦', end: '■' };

export function BadgeRow({ touchpoint: tp }: { touchpoint: Touchpoint }) {
  const t = useMessages(canvasMessages);
  const locale = useLocale();
  const openComments = useOpenComments(useMapContext().comments, tp.id);
  const flags = (['start', 'keyMoment', 'wowMoment', 'end'] as const)
    .filter((flag) => ({ start: tp.isStart, keyMoment: tp.isKeyMoment, wowMoment: tp.isWowMoment, end: tp.isEnd })[flag])
    .map((flag) => ({ flag, label: t(flag), text: `${FLAG_SYMBOL[flag]} ${t(flag)}` }));
  const fit = fitBadges(
    flags.map((f) => f.text),
    tp.kpis.map((kpi) => chipValue(kpi, locale)),
    2,
    BADGE_ROW_WIDTH - commentBadgeWidth(openComments),
  );
  const kpiTitle = (kpi: Kpi) =>
    `${kpi.name}: ${kpiValue(kpi.actual, locale)}${kpi.unit} / ${kpiValue(kpi.target, locale)}${kpi.unit}${kpiMissed(kpi) ? ` (${t('kpiMissed')})` : ''}`;
  const hidden = tp.kpis.slice(fit.chips);
  if (flags.length === 0 && tp.kpis.length === 0 && openComments === 0) return null;
  return (
    <div className="mt-auto flex min-w-0 flex-nowrap items-center gap-1 overflow-hidden px-3 pb-2 text-[10px] leading-[15px]" data-testid="badge-row">
      {flags.map(({ flag, label, text }) => (
        <span key={flag} className={`shrink-0 whitespace-nowrap rounded px-1.5 py-0.5 font-semibold ${FLAG_STYLE[flag]}`} title={label} data-testid="card-flag">
          {fit.compactFlags ? FLAG_SYMBOL[flag] : text}
        </span>
      ))}
      {tp.kpis.slice(0, fit.chips).map((kpi) => {
        const missed = kpiMissed(kpi);
        return (
          <span
            key={kpi.id}
            className={`flex min-w-0 overflow-hidden rounded px-1.5 py-0.5 font-medium ${missed ? 'bg-red-100 text-red-800' : 'bg-emerald-50 text-emerald-800'}`}
            title={kpiTitle(kpi)}
            data-testid="kpi-chip"
            data-missed={missed}
          >
            <span className="min-w-0 truncate">{kpi.name}</span>
            <span className="shrink-0 whitespace-pre">{` ${chipValue(kpi, locale)}`}</span>
          </span>
        );
      })}
      {hidden.length > 0 && (
        <span className="shrink-0 whitespace-nowrap text-slate-500" title={hidden.map(kpiTitle).join('\n')} data-testid="kpi-more">
          +{hidden.length}
        </span>
      )}
      {openComments > 0 && (
        <span
          className="tp-edit-control ml-auto shrink-0 whitespace-nowrap rounded bg-indigo-50 px-1.5 py-0.5 font-semibold text-indigo-700"
          title={plural(t, 'openComments', openComments)}
          data-testid="comment-badge"
        >
          <CommentIcon /> {openComments}
        </span>
      )}
    </div>
  );
}
