// The friction panel: the journey score, the findings of the scoring pass grouped by
// severity (critical first) in the interface language, and a click on a finding selects
// the places on the map it is about.
import type { Journey } from '@touchpoint/model';
import { hasScore, rules, type Finding, type Severity, type Target } from '@touchpoint/scoring';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocale, useMessages } from '../i18n/index.ts';
import { commonMessages } from '../common/messages.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { SparklesIcon } from '../common/icons.tsx';
import { Skeleton, Spinner } from '../common/Spinner.tsx';
import { SEVERITY_ORDER, scoreStyle, severityStyle } from '../common/styles.ts';
import { frictionMessages } from './messages.ts';
import { useScoreState } from './use-score.ts';

export interface FrictionPanelProps {
  journey: Journey | null;
  onSelectTargets(targets: Target[]): void;
  /** Opens the journey's rule settings; without it the panel offers none. */
  onEditRules?: () => void;
  className?: string;
}

const ruleNames = new Map(rules.map((rule) => [rule.id, rule.name]));

export function FrictionPanel({ journey, onSelectTargets, onEditRules, className = '' }: FrictionPanelProps) {
  const t = useMessages(frictionMessages);
  const c = useMessages(commonMessages);
  const locale = useLocale();
  const headingId = useId();
  const { result, error, pending } = useScoreState(journey);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [ruleFilter, setRuleFilter] = useState<string>('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const findings = result?.findings ?? [];
  const ruleCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return counts;
  }, [findings]);
  const activeRule = ruleFilter && ruleCounts.has(ruleFilter) ? ruleFilter : '';
  const visible = findings.filter((f) => !hidden.has(f.severity) && (!activeRule || f.ruleId === activeRule));
  const ruleName = (id: string) => ruleNames.get(id)?.[locale] ?? id;

  const toggleSeverity = (severity: Severity) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  const select = (finding: Finding) => {
    setSelectedId(finding.id);
    onSelectTargets(finding.targets);
  };

  // Arrow keys walk the findings; Home and End jump to the first and last.
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-finding]') ?? [])];
    if (buttons.length === 0) return;
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : event.key === 'ArrowDown' ? Math.min(buttons.length - 1, current + 1) : Math.max(0, current - 1);
    event.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <section aria-labelledby={headingId} className={`flex h-full min-h-0 flex-col bg-white ${className}`}>
      <header className="border-b border-slate-200 px-4 pt-4 pb-3">
        <div className="flex items-center justify-between">
          <h2 id={headingId} className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
            {t('title')}
          </h2>
          <div className="flex items-center gap-2">
            {pending && result && <Spinner size="sm" label={t('scoring')} />}
            {onEditRules && journey && (
              <button
                type="button"
                className="rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100"
                title={t('rulesButton')}
                onClick={onEditRules}
                data-testid="rules-button"
              >
                ⚙ {t('rules')}
              </button>
            )}
          </div>
        </div>
        {journey && result && (
          <>
            {!hasScore(journey) ? (
              <div className="mt-2" data-testid="no-score">
                <p className="text-lg font-semibold text-slate-700">{t('noScoreYet')}</p>
                <p className="text-xs text-slate-500">{t('noScoreYetBody')}</p>
              </div>
            ) : (
              <div className="mt-2 flex items-end gap-3">
                <p
                  className={`text-5xl leading-none font-bold tabular-nums ${scoreStyle(result.journeyScore).text}`}
                  aria-label={`${t('journeyScore')}: ${result.journeyScore} ${t('outOf')}`}
                >
                  {result.journeyScore}
                </p>
                <p className="pb-1 text-xs text-slate-500">
                  <span aria-hidden="true">{t('outOf')}</span>
                  <br />
                  <span aria-hidden="true">{t('journeyScore')}</span>
                </p>
              </div>
            )}
            <div role="group" aria-label={t('summary', result.counts)} className="mt-3 flex flex-wrap gap-1.5">
              {SEVERITY_ORDER.map((severity) => {
                const style = severityStyle(severity);
                const shown = !hidden.has(severity);
                return (
                  <button
                    key={severity}
                    type="button"
                    aria-pressed={shown}
                    title={t('filterSeverity', { severity: c(style.labelKey) })}
                    onClick={() => toggleSeverity(severity)}
                    className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-medium transition focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                      shown ? style.badge : 'bg-white text-slate-500 line-through ring-1 ring-slate-200 ring-inset'
                    }`}
                  >
                    <span className={`h-2 w-2 rounded-full ${shown ? style.dot : 'bg-slate-300'}`} aria-hidden="true" />
                    {t('countOf', { count: result.counts[severity], severity: c(style.labelKey) })}
                  </button>
                );
              })}
            </div>
            {ruleCounts.size > 1 && (
              <label className="mt-3 flex items-center gap-2 text-xs text-slate-600">
                <span>{t('ruleFilter')}</span>
                <select
                  value={activeRule}
                  onChange={(e) => setRuleFilter(e.target.value)}
                  className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus:border-indigo-500 focus:outline-none"
                >
                  <option value="">{t('allRules')}</option>
                  {[...ruleCounts].map(([id, count]) => (
                    <option key={id} value={id}>
                      {ruleName(id)} ({count})
                    </option>
                  ))}
                </select>
              </label>
            )}
          </>
        )}
      </header>

      <div ref={list} onKeyDown={onListKey} className="min-h-0 flex-1 overflow-y-auto">
        {error && (
          <p role="alert" className="m-4 rounded-lg bg-rose-50 p-3 text-sm text-rose-800">
            {t('scoreError', { message: error })}
          </p>
        )}
        {!journey ? (
          <p className="p-6 text-center text-sm text-slate-500">{t('noJourney')}</p>
        ) : !result ? (
          !error && (
            <div className="space-y-3 p-4" aria-busy="true">
              <span className="sr-only" role="status">
                {t('scoring')}
              </span>
              <Skeleton className="h-12 w-24" />
              <Skeleton className="h-16" />
              <Skeleton className="h-16" />
            </div>
          )
        ) : findings.length === 0 ? (
          <EmptyState icon={<SparklesIcon />} title={t('noFindingsTitle')}>
            {t('noFindingsBody')}
          </EmptyState>
        ) : visible.length === 0 ? (
          <div className="p-6 text-center text-sm text-slate-500">
            <p>{t('nothingMatches')}</p>
            <button
              type="button"
              className="mt-2 font-medium text-indigo-600 hover:underline"
              onClick={() => {
                setHidden(new Set());
                setRuleFilter('');
              }}
            >
              {t('showAll')}
            </button>
          </div>
        ) : (
          SEVERITY_ORDER.map((severity) => {
            const group = visible.filter((f) => f.severity === severity);
            if (group.length === 0) return null;
            const style = severityStyle(severity);
            return (
              <section key={severity} aria-label={`${c(style.labelKey)} (${group.length})`} className="px-3 pt-3 last:pb-3">
                <h3 className="mb-2 flex items-center gap-2 px-1 text-xs font-semibold text-slate-600 uppercase">
                  <span className={`h-2 w-2 rounded-full ${style.dot}`} aria-hidden="true" />
                  {c(style.labelKey)}
                  <span className="font-normal text-slate-500">{group.length}</span>
                </h3>
                <ul className="space-y-2">
                  {group.map((finding) => (
                    <li key={finding.id}>
                      <button
                        type="button"
                        data-finding={finding.id}
                        aria-current={selectedId === finding.id || undefined}
                        title={t('selectFinding')}
                        onClick={() => select(finding)}
                        className={`w-full rounded-lg border border-l-4 border-slate-200 ${style.border} bg-white p-3 text-left shadow-xs transition hover:border-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                          selectedId === finding.id ? 'ring-2 ring-indigo-400' : ''
                        }`}
                      >
                        <span className="block text-sm font-medium text-slate-900">{finding.message}</span>
                        {finding.suggestion && (
                          <span className="mt-1 block text-sm text-slate-600">
                            <span className="sr-only">{t('suggestion')}: </span>
                            {finding.suggestion}
                          </span>
                        )}
                        <span className="mt-2 block text-xs text-slate-500">{ruleName(finding.ruleId)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </div>
    </section>
  );
}
