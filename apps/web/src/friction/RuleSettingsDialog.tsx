// The rules of one journey: each rule on or off, its severity, its weight and its
// thresholds, in a form built from the rules' own descriptions (names, labels, ranges in
// both languages). Every change is one model write of that rule's settings (other rules
// untouched, so two people changing different rules both keep their change), live for
// everyone, undoable, and the friction panel re-scores at once.
import { setScoringRule, updateJourney, type Journey } from '@touchpoint/model';
import {
  changeRuleSetting,
  MAX_WEIGHT,
  resolveConfig,
  rules,
  SEVERITIES,
  validateScoringConfig,
  type RuleInfo,
  type RuleSettingChange,
  type RuleSettings,
  type ThresholdSpec,
} from '@touchpoint/scoring';
import { useEffect, useId, useState } from 'react';
import { Button, commonMessages, Dialog, severityStyle } from '../common/index.ts';
import { useLocale, useMessages, type Translate } from '../i18n/index.ts';
import { formatNumber, parseNumber, type Locale } from '@touchpoint/model';
import { commitOnEnter } from '../inspector/fields.tsx';
import { inspectorMessages } from '../inspector/messages.ts';
import { useJourneyContext } from '../store/context.tsx';
import { frictionMessages } from './messages.ts';

type FrictionKey = keyof (typeof frictionMessages)['en'];

/**
 * Reads a number as typed, with the separators of the interface's language (as KPI fields
 * do: Dutch "2,5" is two and a half); a message when it is not acceptable.
 */
export function readSettingNumber(
  text: string,
  range: { min: number; max: number; integer: boolean },
  t: Translate<FrictionKey>,
  locale: Locale,
): { value: number } | { error: string } {
  const value = parseNumber(text, locale) ?? Number.NaN;
  if (!Number.isFinite(value)) return { error: t('notANumber') };
  if (range.integer && !Number.isInteger(value)) return { error: t('wholeNumber') };
  if (value < range.min || value > range.max) {
    return { error: t('between', { min: formatNumber(range.min, locale), max: formatNumber(range.max, locale) }) };
  }
  return { value };
}

function SettingNumber({
  label,
  value,
  range,
  disabled,
  onCommit,
}: {
  label: string;
  value: number;
  range: { min: number; max: number; integer: boolean };
  disabled: boolean;
  onCommit(value: number): void;
}) {
  const t = useMessages(frictionMessages);
  const locale = useLocale();
  const id = useId();
  const shown = formatNumber(value, locale, { grouping: false });
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    const read = readSettingNumber(draft, range, t, locale);
    if ('error' in read) return setError(read.error);
    setError(null);
    if (read.value !== value) onCommit(read.value);
  };
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-600">
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        className="w-24 rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500 disabled:bg-slate-50"
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={commitOnEnter(commit)}
      />
      {error && (
        <span id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </div>
  );
}

/** The label of an option of a list threshold: a team or a channel kind, in the interface language. */
function useOptionLabel(): (threshold: string, option: string) => string {
  const t = useMessages(inspectorMessages);
  return (threshold, option) => {
    const key = `${threshold === 'teams' ? 'team' : 'kind'}_${option}` as keyof (typeof inspectorMessages)['en'];
    return key in inspectorMessages.en ? t(key) : option;
  };
}

function RuleRow({
  rule,
  settings,
  changed,
  readOnly,
  onChange,
  onReset,
}: {
  rule: RuleInfo;
  settings: RuleSettings;
  changed: boolean;
  readOnly: boolean;
  onChange(change: RuleSettingChange): void;
  onReset(): void;
}) {
  const t = useMessages(frictionMessages);
  const c = useMessages(commonMessages);
  const locale = useLocale();
  const optionLabel = useOptionLabel();
  const severityId = useId();
  const thresholdControl = (name: string, spec: ThresholdSpec) => {
    const label = spec.label[locale];
    if (spec.type === 'list') {
      const chosen = settings.thresholds[name] as readonly string[];
      return (
        <fieldset key={name} className="flex flex-col gap-1" disabled={readOnly}>
          <legend className="text-xs text-slate-600">{label}</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {spec.options.map((option) => (
              <label key={option} className="flex items-center gap-1 text-sm text-slate-700">
                <input
                  type="checkbox"
                  checked={chosen.includes(option)}
                  onChange={(e) =>
                    onChange({ thresholds: { [name]: e.target.checked ? [...chosen, option] : chosen.filter((o) => o !== option) } })
                  }
                />
                {optionLabel(name, option)}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    return (
      <SettingNumber
        key={name}
        label={`${label} (${t('between', { min: spec.min, max: spec.max })})`}
        value={settings.thresholds[name] as number}
        range={{ min: spec.min, max: spec.max, integer: spec.type === 'integer' }}
        disabled={readOnly}
        onCommit={(value) => onChange({ thresholds: { [name]: value } })}
      />
    );
  };
  return (
    <li className={`flex flex-col gap-2 px-3 py-3 ${settings.enabled ? '' : 'bg-slate-50'}`} data-testid="rule" data-rule-id={rule.id}>
      <div className="flex items-start gap-3">
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={settings.enabled} disabled={readOnly} onChange={(e) => onChange({ enabled: e.target.checked })} />
          <span className="sr-only">{t('ruleOn')}</span>
        </label>
        <div className="min-w-0 flex-1">
          <p className={`text-sm font-semibold ${settings.enabled ? 'text-slate-800' : 'text-slate-500'}`}>
            {rule.name[locale]}
            {changed && <span className="ml-2 rounded-full bg-indigo-50 px-1.5 py-0.5 text-xs font-medium text-indigo-700">{t('ruleChanged')}</span>}
          </p>
          <p className="text-xs text-slate-500">{rule.description[locale]}</p>
        </div>
        {changed && !readOnly && (
          <Button size="sm" variant="ghost" onClick={onReset}>
            {t('resetRule')}
          </Button>
        )}
      </div>
      {settings.enabled && (
        <div className="ml-7 flex flex-wrap items-start gap-4">
          <div className="flex flex-col gap-0.5">
            <label htmlFor={severityId} className="text-xs text-slate-600">
              {t('severity')}
            </label>
            <select
              id={severityId}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50"
              value={settings.severity}
              disabled={readOnly}
              onChange={(e) => onChange({ severity: e.target.value as RuleSettings['severity'] })}
            >
              {[...SEVERITIES].reverse().map((severity) => (
                <option key={severity} value={severity}>
                  {c(severityStyle(severity).labelKey)}
                </option>
              ))}
            </select>
          </div>
          <SettingNumber
            label={`${t('weight')} (${t('between', { min: 0, max: MAX_WEIGHT })})`}
            value={settings.weight}
            range={{ min: 0, max: MAX_WEIGHT, integer: false }}
            disabled={readOnly}
            onCommit={(weight) => onChange({ weight })}
          />
          {Object.entries(rule.thresholds).map(([name, spec]) => thresholdControl(name, spec))}
        </div>
      )}
    </li>
  );
}

export function RuleSettingsDialog({ journey, onClose }: { journey: Journey; onClose(): void }) {
  const t = useMessages(frictionMessages);
  const c = useMessages(commonMessages);
  const { doc, origin, readOnly } = useJourneyContext();
  const [error, setError] = useState<string | null>(null);
  // A configuration that does not validate (from an imported file, say) is shown as its
  // problems; the first change here replaces it with a valid one.
  const validated = validateScoringConfig(journey.scoring);
  const config = validated.ok ? validated.config : { rules: {} };
  const problem = error ?? (validated.ok ? null : validated.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  const resolved = resolveConfig(config);
  /** Writes one rule's settings: what `change` makes of them, or its defaults (`null`). */
  const write = (ruleId: string, change: RuleSettingChange | null) => {
    try {
      const next = change === null ? null : changeRuleSetting(config, ruleId, change);
      if (!validated.ok) updateJourney(doc, { scoring: { rules: next?.rules ?? {} } }, origin);
      else setScoringRule(doc, ruleId, (next?.rules[ruleId] ?? null) as Record<string, unknown> | null, origin);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const changedCount = Object.keys(config.rules).length;
  return (
    <Dialog
      open
      size="lg"
      title={t('rulesTitle')}
      description={readOnly ? t('rulesViewOnly') : t('rulesDescription')}
      onClose={onClose}
      footer={
        <div className="flex w-full items-center justify-between">
          <span className="text-xs text-slate-500">{changedCount > 0 && t('rulesChanged', { count: changedCount })}</span>
          <Button onClick={onClose}>{c('close')}</Button>
        </div>
      }
    >
      {problem && (
        <p role="alert" className="mb-3 rounded-md bg-rose-50 p-2 text-sm text-rose-800">
          {problem}
        </p>
      )}
      <ul className="max-h-[60vh] divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200" aria-label={t('rules')}>
        {rules.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            settings={resolved[rule.id]!}
            changed={rule.id in config.rules}
            readOnly={readOnly}
            onChange={(change) => write(rule.id, change)}
            onReset={() => write(rule.id, null)}
          />
        ))}
      </ul>
    </Dialog>
  );
}
