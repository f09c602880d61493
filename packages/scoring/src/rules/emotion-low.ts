// emotion-low: a touchpoint where the customer feels bad.
import type { Rule } from '../types.ts';
import { numberSetting, touchpointTarget } from './helpers.ts';

export const emotionLow: Rule = {
  id: 'emotion-low',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    max: {
      type: 'integer',
      default: -1,
      min: -2,
      max: 2,
      label: { en: 'Flag emotion at or below', nl: 'Markeer emotie op of onder' },
    },
  },
  name: { en: 'Low emotion', nl: 'Lage emotie' },
  description: {
    en: 'A touchpoint whose emotion is at or below the threshold.',
    nl: 'Een contactmoment waar de emotie op of onder de drempel ligt.',
  },
  check({ index, settings, locale }, out) {
    const max = numberSetting(settings, 'max');
    const nl = locale === 'nl';
    const suggestion = nl
      ? 'Zoek uit wat klanten hier frustreert en neem het weg, of stel ze gerust met duidelijke informatie of persoonlijk contact.'
      : 'Find out what frustrates customers here and take it away, or reassure them with clear information or a personal contact.';
    const { touchpoints } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      if (t.emotion > max) continue;
      out.touchpoint(
        i,
        i,
        settings.severity,
        [touchpointTarget(t)],
        `emotion-low:touchpoint/${t.id}`,
        nl ? `Klanten voelen zich slecht bij “${t.title}” (emotie ${t.emotion}).` : `Customers feel bad at “${t.title}” (emotion ${t.emotion}).`,
        suggestion,
      );
    }
  },
};
