// high-effort: a phase that asks too much of the customer: the summed effort of its
// touchpoints, or the number of steps between its touchpoints (steps that start and end in
// the phase), is above its threshold. One finding per phase, naming what is too high.
import { formatNumber } from '@touchpoint/model';
import type { Rule } from '../types.ts';
import { numberSetting } from './helpers.ts';

export const highEffort: Rule = {
  id: 'high-effort',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    maxEffort: {
      type: 'integer',
      default: 12,
      min: 0,
      max: 1_000_000,
      label: { en: 'Most summed effort per phase', nl: 'Maximale totale inspanning per fase' },
    },
    maxSteps: {
      type: 'integer',
      default: 10,
      min: 0,
      max: 1_000_000,
      label: { en: 'Most steps per phase', nl: 'Maximaal aantal stappen per fase' },
    },
  },
  name: { en: 'High effort', nl: 'Hoge inspanning' },
  description: {
    en: 'A phase whose summed touchpoint effort or number of steps is above its threshold.',
    nl: 'Een fase waarvan de totale inspanning van de contactmomenten of het aantal stappen boven de drempel ligt.',
  },
  check({ index, settings, locale }, out) {
    const maxEffort = numberSetting(settings, 'maxEffort');
    const maxSteps = numberSetting(settings, 'maxSteps');
    const { phaseOf, stepFrom, stepTo } = index;
    const stepsIn = new Int32Array(index.phases.length);
    for (let k = 0; k < stepFrom.length; k++) {
      const p = phaseOf[stepFrom[k]!]!;
      if (phaseOf[stepTo[k]!] === p) stepsIn[p] = stepsIn[p]! + 1;
    }
    const nl = locale === 'nl';
    index.phases.forEach((phase, rank) => {
      let effort = 0;
      for (const i of index.touchpointsByPhase[rank]!) effort += index.touchpoints[i]!.effort;
      const steps = stepsIn[rank]!;
      const reasons: string[] = [];
      if (effort > maxEffort) {
        const more = formatNumber(maxEffort, locale);
        reasons.push(nl ? `een totale inspanning van ${effort} (meer dan ${more})` : `a total effort of ${effort} (more than ${more})`);
      }
      if (steps > maxSteps) reasons.push(nl ? `${steps} stappen (meer dan ${maxSteps})` : `${steps} steps (more than ${maxSteps})`);
      if (reasons.length === 0) return;
      out.phases(
        [rank],
        settings.severity,
        [{ kind: 'phase', id: phase.id }],
        `high-effort:phase/${phase.id}`,
        nl
          ? `Fase “${phase.name}” vraagt veel van klanten: ${reasons.join(' en ')}.`
          : `Phase “${phase.name}” asks a lot of customers: ${reasons.join(' and ')}.`,
        nl
          ? 'Schrap of combineer stappen, vul in wat je al weet en haal inspanning weg waar klanten de waarde niet van zien.'
          : 'Cut or combine steps, fill in what you already know, and remove effort where customers do not see its value.',
      );
    });
  },
};
