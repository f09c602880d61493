// key-moment-at-risk: a moment of truth with low emotion or a missed KPI. Unless the
// journey's config sets its severity, it is one level above the severity of the rule
// behind it (emotion-low, kpi-miss): warning by default, so critical.
import type { Rule, Severity } from '../types.ts';
import { maxSeverity, raise } from '../severity.ts';
import { kpiMissed, numberSetting, touchpointTarget } from './helpers.ts';

export const keyMomentAtRisk: Rule = {
  id: 'key-moment-at-risk',
  defaultSeverity: 'critical',
  defaultWeight: 1.5,
  thresholds: {
    emotion: {
      type: 'integer',
      default: -1,
      min: -2,
      max: 2,
      label: { en: 'At risk at emotion at or below', nl: 'In gevaar bij emotie op of onder' },
    },
  },
  name: { en: 'Key moment at risk', nl: 'Sleutelmoment in gevaar' },
  description: {
    en: 'A key moment (moment of truth) with low emotion or a missed KPI; one severity level above the finding behind it.',
    nl: 'Een sleutelmoment (moment of truth) met lage emotie of een niet gehaalde KPI; één ernstniveau boven de bevinding erachter.',
  },
  check({ index, settings, config, locale }, out) {
    const emotionMax = numberSetting(settings, 'emotion');
    const kpiSettings = config['kpi-miss']!;
    const tolerance = numberSetting(kpiSettings, 'tolerancePercent');
    const nl = locale === 'nl';
    const suggestion = nl
      ? 'Dit moment van de waarheid bepaalt of klanten blijven of afhaken: pak het als eerste aan.'
      : 'This moment of truth decides whether customers stay or leave: fix it first.';
    const { touchpoints } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      if (!t.isKeyMoment) continue;
      const reasons: string[] = [];
      let base: Severity = 'info';
      if (t.emotion <= emotionMax) {
        reasons.push(nl ? `klanten voelen zich hier slecht (emotie ${t.emotion})` : `customers feel bad here (emotion ${t.emotion})`);
        base = maxSeverity(base, config['emotion-low']!.severity);
      }
      for (const kpi of t.kpis) {
        if (!kpiMissed(kpi, tolerance)) continue;
        reasons.push(nl ? `KPI “${kpi.name}” haalt het doel niet` : `KPI “${kpi.name}” misses its target`);
        base = maxSeverity(base, kpiSettings.severity);
      }
      if (reasons.length === 0) continue;
      out.touchpoint(
        i,
        i,
        settings.severitySet ? settings.severity : raise(base),
        [touchpointTarget(t)],
        `key-moment-at-risk:touchpoint/${t.id}`,
        nl ? `Sleutelmoment “${t.title}” loopt gevaar: ${reasons.join('; ')}.` : `Key moment “${t.title}” is at risk: ${reasons.join('; ')}.`,
        suggestion,
      );
    }
  },
};
