// loop: customers can go round in circles. Each loop (a group of touchpoints that lead
// back to each other, i.e. a strongly connected component, or a touchpoint with a step to
// itself) is reported once, however many paths go round it. Its targets are the
// touchpoints of the loop and the steps that lead back (to the same or an earlier
// touchpoint in map order); its id is named after its first touchpoint.
import type { Rule, Target } from '../types.ts';
import { cycles } from '../graph.ts';
import { titleList } from './helpers.ts';

export const loop: Rule = {
  id: 'loop',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Loop (rework)', nl: 'Rondje (herhaalwerk)' },
  description: {
    en: 'A cycle of steps that sends the customer back to an earlier touchpoint.',
    nl: 'Een kring van stappen die de klant terugstuurt naar een eerder contactmoment.',
  },
  check({ index, settings, locale }, out) {
    if (index.steps.length === 0) return;
    const nl = locale === 'nl';
    const { touchpoints, steps, outStart, outSteps, outTo } = index;
    const inComponent = new Int32Array(touchpoints.length).fill(-1);
    for (const component of cycles(index)) {
      const first = component[0]!;
      for (const node of component) inComponent[node] = first;
      const targets: Target[] = Array.from(component, (i): Target => ({ kind: 'touchpoint', id: touchpoints[i]!.id }));
      // The steps that lead back: to the same or an earlier touchpoint of the loop.
      for (const node of component) {
        for (let e = outStart[node]!; e < outStart[node + 1]!; e++) {
          const to = outTo[e]!;
          if (inComponent[to] === first && to <= node) targets.push({ kind: 'step', id: steps[outSteps[e]!]!.id });
        }
      }
      const titles = Array.from(component.subarray(0, 4), (i) => touchpoints[i]!.title);
      const message =
        component.length === 1
          ? nl
            ? `“${titles[0]}” stuurt klanten terug naar zichzelf: ze moeten het opnieuw doen.`
            : `“${titles[0]}” sends customers back to itself: they have to do it again.`
          : nl
            ? `Klanten kunnen in een rondje lopen: ${titleList(titles, locale, 3, component.length)} leiden naar elkaar terug. Zulk herhaalwerk kost tijd en geduld.`
            : `Customers can go round in circles: ${titleList(titles, locale, 3, component.length)} lead back to each other. Rework like this costs time and patience.`;
      out.touchpoints(
        component,
        settings.severity,
        targets,
        `loop:touchpoint/${touchpoints[first]!.id}`,
        message,
        nl
          ? 'Zoek uit waarom klanten worden teruggestuurd (ontbrekende informatie, een afgekeurde controle) en zorg dat het de eerste keer goed gaat.'
          : 'Find out why customers are sent back (missing information, a rejected check) and make it right the first time.',
      );
    }
  },
};
