// dead-end: a touchpoint with no next step that is neither in the last phase (the last
// phase that holds touchpoints) nor marked as an end. Silent for a journey without any
// steps: such a map does not model paths yet.
import type { Rule } from '../types.ts';
import { lastNonEmptyPhase } from '../journey-start.ts';
import { touchpointTarget } from './helpers.ts';

export const deadEnd: Rule = {
  id: 'dead-end',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Dead end', nl: 'Doodlopend punt' },
  description: {
    en: 'A touchpoint with no next step that is not in the last phase and not marked as an end.',
    nl: 'Een contactmoment zonder volgende stap dat niet in de laatste fase ligt en niet als eindpunt is gemarkeerd.',
  },
  check({ index, settings, locale }, out) {
    if (index.steps.length === 0) return;
    const last = lastNonEmptyPhase(index);
    const nl = locale === 'nl';
    const suggestion = nl
      ? 'Laat klanten zien wat ze nu kunnen doen (een link, een bevestiging met vervolgstappen), of markeer dit contactmoment als eindpunt als de reis hier mag stoppen.'
      : 'Show customers what to do next (a link, a confirmation with next steps), or mark this touchpoint as an end if the journey may stop here.';
    const { touchpoints, phaseOf, outStart } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      const t = touchpoints[i]!;
      if (t.isEnd || phaseOf[i] === last || outStart[i + 1]! > outStart[i]!) continue;
      out.touchpoint(
        i,
        i,
        settings.severity,
        [touchpointTarget(t)],
        `dead-end:touchpoint/${t.id}`,
        nl
          ? `Na “${t.title}” houdt de reis op: er is geen volgende stap, terwijl dit niet de laatste fase is en niet als eindpunt is gemarkeerd.`
          : `After “${t.title}” the journey stops: there is no next step, though this is not the last phase and not marked as an end.`,
        suggestion,
      );
    }
  },
};
