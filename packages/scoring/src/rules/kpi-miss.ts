// kpi-miss: a KPI of a touchpoint or a phase whose actual is worse than its target.
import { formatQuantity, type Kpi } from '@touchpoint/model';
import type { Rule, Target } from '../types.ts';
import { kpiMissed, numberSetting } from './helpers.ts';

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
  check({ index, settings, locale }, out) {
    const tolerance = numberSetting(settings, 'tolerancePercent');
    const nl = locale === 'nl';
    const report = (kpi: Kpi, owner: Target, ownerName: string, at: number, phase: boolean) => {
      const actual = formatQuantity(kpi.actual!, kpi.unit, locale);
      const target = formatQuantity(kpi.target!, kpi.unit, locale);
      const targets: Target[] = [{ kind: 'kpi', id: kpi.id }, owner];
      const id = `kpi-miss:kpi/${kpi.id}+${owner.kind}/${owner.id}`;
      const message = nl
        ? `KPI “${kpi.name}” bij “${ownerName}” haalt het doel niet: ${actual} tegenover ${target} (${kpi.direction === 'higher' ? 'hoger' : 'lager'} is beter).`
        : `KPI “${kpi.name}” at “${ownerName}” misses its target: ${actual} against ${target} (${kpi.direction} is better).`;
      const suggestion = nl
        ? `Zoek uit waarom “${kpi.name}” hier achterblijft en spreek een verbetering af met het team dat erover gaat.`
        : `Find out why “${kpi.name}” falls short here and agree on an improvement with the team that owns it.`;
      if (phase) out.phases([at], settings.severity, targets, id, message, suggestion);
      else out.touchpoint(at, at, settings.severity, targets, id, message, suggestion);
    };
    const { touchpoints, phases } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      for (const kpi of t.kpis) {
        if (kpiMissed(kpi, tolerance)) report(kpi, { kind: 'touchpoint', id: t.id }, t.title, i, false);
      }
    }
    for (let rank = 0; rank < phases.length; rank++) {
      const p = phases[rank]!;
      for (const kpi of p.kpis) {
        if (kpiMissed(kpi, tolerance)) report(kpi, { kind: 'phase', id: p.id }, p.name, rank, true);
      }
    }
  },
};
