// unreachable: a touchpoint that no path from the journey's start reaches (see
// startTouchpoints). Silent for a journey without any steps.
import type { Rule } from '../types.ts';
import { reachableFrom } from '../graph.ts';
import { startTouchpoints } from '../journey-start.ts';
import { touchpointTarget } from './helpers.ts';

export const unreachable: Rule = {
  id: 'unreachable',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Unreachable', nl: 'Onbereikbaar' },
  description: {
    en: 'A touchpoint that no path from the start of the journey reaches.',
    nl: 'Een contactmoment waar geen enkel pad vanaf het begin van de reis naartoe leidt.',
  },
  check({ index, settings, locale }, out) {
    if (index.steps.length === 0) return;
    const reached = reachableFrom(index, startTouchpoints(index));
    const nl = locale === 'nl';
    const suggestion = nl
      ? 'Verbind het met een stap vanaf een eerder contactmoment, markeer het als startpunt als klanten hier kunnen beginnen, of verwijder het.'
      : 'Connect it with a step from an earlier touchpoint, mark it as a start if customers can begin here, or remove it.';
    const { touchpoints } = index;
    for (let i = 0; i < touchpoints.length; i++) {
      if (reached[i]) continue;
      const t = touchpoints[i]!;
      out.touchpoint(
        i,
        i,
        settings.severity,
        [touchpointTarget(t)],
        `unreachable:touchpoint/${t.id}`,
        nl ? `Geen enkel pad vanaf het begin van de reis leidt naar “${t.title}”.` : `No path from the start of the journey leads to “${t.title}”.`,
        suggestion,
      );
    }
  },
};
