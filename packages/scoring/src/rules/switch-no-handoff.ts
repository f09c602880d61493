// switch-no-handoff: a channel switch where the next channel does not pick up where the
// customer left off. Handoff `none` gets the rule's severity (default critical); `partial`
// and an unspecified handoff get one level lower (default warning). `full` is fine.
import type { Rule } from '../types.ts';
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
    nl: 'Een stap naar een ander kanaal waar de klant opnieuw moet beginnen (geen overdracht), slechts gedeeltelijk wordt opgevangen, of waar de overdracht niet is vastgelegd.',
  },
  check({ index, settings, locale }, out) {
    const nl = locale === 'nl';
    const { touchpoints, steps, stepFrom, stepTo, channelOf, channelList } = index;
    const unspecifiedSuggestion = nl
      ? 'Zoek uit wat er bij deze overstap wordt doorgegeven en leg de overdracht vast (volledig, gedeeltelijk of geen).'
      : 'Find out what is passed on at this switch and record it as the handoff (full, partial or none).';
    const lowered = lower(settings.severity);
    const passOn: (string | undefined)[] = new Array(channelList.length);
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.handoff === 'full') continue;
      const from = stepFrom[k]!;
      const to = stepTo[k]!;
      // Not a switch when either channel is unset (or unknown) or both are the same.
      const ca = channelOf[from]!;
      const cb = channelOf[to]!;
      if (ca < 0 || cb < 0 || ca === cb) continue;
      const a = touchpoints[from]!;
      const b = touchpoints[to]!;
      const fromName = channelList[ca]!.name;
      const toName = channelList[cb]!.name;
      const lead = nl
        ? `Klanten stappen over van ${fromName} (“${a.title}”) naar ${toName} (“${b.title}”)`
        : `Customers switch from ${fromName} (“${a.title}”) to ${toName} (“${b.title}”)`;
      let message: string;
      let suggestion: string;
      if (step.handoff === null) {
        message = nl
          ? `${lead}, en het is niet vastgelegd of ${toName} verdergaat waar de klant gebleven was.`
          : `${lead}, and it is not specified whether ${toName} picks up where they left off.`;
        suggestion = unspecifiedSuggestion;
      } else {
        message =
          step.handoff === 'none'
            ? (nl ? `${lead} en moeten opnieuw beginnen: er wordt niets doorgegeven van wat ze al deden.` : `${lead} and have to start over: nothing they did is passed on.`)
            : (nl ? `${lead}, en maar een deel van wat ze al deden wordt doorgegeven.` : `${lead}, and only part of what they did is passed on.`);
        // One suggestion per channel switched to, shared by its findings.
        suggestion = passOn[cb] ??= nl
          ? `Geef door wat de klant al deed (een dossiernummer, het ingevulde formulier), zodat ${toName} verder kan waar de klant gebleven was.`
          : `Pass on what the customer already did (a case number, the filled-in form), so ${toName} can continue where they left off.`;
      }
      out.touchpoint(
        from,
        to,
        step.handoff === 'none' ? settings.severity : lowered,
        [{ kind: 'step', id: step.id }, touchpointTarget(b)],
        `switch-no-handoff:step/${step.id}+touchpoint/${b.id}`,
        message,
        suggestion,
      );
    }
  },
};
