// kpi-miss: a KPI of a touchpoint or a phase whose actual is worse than its target.
import type { Kpi } from '@touchpoint/model';
import type { RawFinding, Rule, Target } from '../types.ts';
import { formatValue, kpiMissed, numberSetting } from './helpers.ts';

export const kpiMiss: Rule = {
  id: 'kpi-miss',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    tolerancePercent: {
      type: 'number',
      default: 0,
      min: 0,
      max: 100,
      label: { en: 'Tolerance (% of target)', nl: 'Marge (% van het doel)' },
    },
  },
  name: { en: 'KPI missed', nl: 'KPI niet gehaald' },
  description: {
    en: 'A KPI whose actual is worse than its target (beyond the tolerance).',
    nl: 'Een KPI waarvan de werkelijke waarde slechter is dan het doel (voorbij de marge).',
  },
  check({ index, settings, locale }) {
    const tolerance = numberSetting(settings, 'tolerancePercent');
    const out: RawFinding[] = [];
    const visit = (kpis: Kpi[], owner: Target, ownerName: string) => {
      for (const kpi of kpis) {
        if (!kpiMissed(kpi, tolerance)) continue;
        const actual = formatValue(kpi.actual!, kpi.unit);
        const target = formatValue(kpi.target!, kpi.unit);
        out.push({
          severity: settings.severity,
          targets: [{ kind: 'kpi', id: kpi.id }, owner],
          message: locale === 'nl'
          ? `KPI "${kpi.name}" bij "${ownerName}" haalt het doel niet: ${actual} tegenover ${target} (${kpi.direction === 'higher' ? 'hoger' : 'lager'} is beter).`
          : `KPI "${kpi.name}" at "${ownerName}" misses its target: ${actual} against ${target} (${kpi.direction} is better).`,
          suggestion: locale === 'nl'
          ? `Zoek uit waarom "${kpi.name}" hier achterblijft en spreek een verbetering af met het team dat erover gaat.`
          : `Find out why "${kpi.name}" falls short here and agree on an improvement with the team that owns it.`,
        });
      }
    };
    for (const t of index.touchpoints) visit(t.kpis, { kind: 'touchpoint', id: t.id }, t.title);
    for (const p of index.phases) visit(p.kpis, { kind: 'phase', id: p.id }, p.name);
    return out;
  },
};
