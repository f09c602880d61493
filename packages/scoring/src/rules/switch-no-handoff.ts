// switch-no-handoff: a channel switch where the next channel does not pick up where the
// customer left off. Handoff `none` gets the rule's severity (default critical); `partial`
// and an unspecified handoff get one level lower (default warning). `full` is fine.
import type { RawFinding, Rule } from '../types.ts';
import { lower } from '../severity.ts';
import { touchpointTarget } from './helpers.ts';

export const switchNoHandoff: Rule = {
  id: 'switch-no-handoff',
  defaultSeverity: 'critical',
  defaultWeight: 1,
  thresholds: {},
  name: { en: 'Channel switch without handoff', nl: 'Kanaalwissel zonder overdracht' },
  description: {
    en: 'A step to another channel where the customer has to start over (no handoff), is only partly picked up, or where the handoff is not specified.',
    nl: 'Een stap naar een ander kanaal waar de klant opnieuw moet beginnen (geen overdracht), maar deels wordt opgevangen, of waar de overdracht niet is vastgelegd.',
  },
  check({ index, settings, locale }) {
    const out: RawFinding[] = [];
    for (const { step, from, to } of index.steps) {
      if (step.handoff === 'full') continue;
      const a = index.touchpoints[from]!;
      const b = index.touchpoints[to]!;
      if (a.channelId === null || b.channelId === null || a.channelId === b.channelId) continue;
      const fromChannel = index.channelById.get(a.channelId);
      const toChannel = index.channelById.get(b.channelId);
      if (!fromChannel || !toChannel) continue;
      const en = `Customers switch from ${fromChannel.name} ("${a.title}") to ${toChannel.name} ("${b.title}")`;
      const nl = `Klanten stappen over van ${fromChannel.name} ("${a.title}") naar ${toChannel.name} ("${b.title}")`;
      let message: string;
      let suggestion: string;
      if (step.handoff === null) {
        message = locale === 'nl'
          ? `${nl}, en het is niet vastgelegd of ${toChannel.name} verdergaat waar de klant gebleven was.`
          : `${en}, and it is not specified whether ${toChannel.name} picks up where they left off.`;
        suggestion = locale === 'nl'
          ? 'Zoek uit wat er bij deze overstap wordt doorgegeven en leg de overdracht vast (volledig, gedeeltelijk of geen).'
          : 'Find out what is passed on at this switch and record it as the handoff (full, partial or none).';
      } else {
        message =
          step.handoff === 'none'
            ? (locale === 'nl' ? `${nl} en moeten opnieuw beginnen: er wordt niets doorgegeven van wat ze al deden.` : `${en} and have to start over: nothing they did is passed on.`)
            : (locale === 'nl' ? `${nl}, en maar een deel van wat ze al deden wordt doorgegeven.` : `${en}, and only part of what they did is passed on.`);
        suggestion = locale === 'nl'
          ? `Geef door wat de klant al deed (een dossiernummer, het ingevulde formulier), zodat ${toChannel.name} verder kan waar de klant gebleven was.`
          : `Pass on what the customer already did (a case number, the filled-in form), so ${toChannel.name} can continue where they left off.`;
      }
      out.push({
        severity: step.handoff === 'none' ? settings.severity : lower(settings.severity),
        targets: [{ kind: 'step', id: step.id }, touchpointTarget(b)],
        message,
        suggestion,
      });
    }
    return out;
  },
};
