// no-service: the journey has a use cycle (service and support) but none of its use
// phases holds a service touchpoint: one owned by a service team or on a service channel.
import { CHANNEL_KINDS, OWNER_TEAMS } from '@touchpoint/model';
import type { Rule, Target } from '../types.ts';
import { listSetting, titleList } from './helpers.ts';

export const noService: Rule = {
  id: 'no-service',
  defaultSeverity: 'warning',
  defaultWeight: 1,
  thresholds: {
    teams: {
      type: 'list',
      default: ['service', 'contact-center'],
      options: OWNER_TEAMS,
      label: { en: 'Service teams', nl: 'Serviceteams' },
    },
    channelKinds: {
      type: 'list',
      default: ['phone', 'chat'],
      options: CHANNEL_KINDS,
      label: { en: 'Service channels', nl: 'Servicekanalen' },
    },
  },
  name: { en: 'No service', nl: 'Geen service' },
  description: {
    en: 'A journey with a use cycle that has no service or support touchpoint in it.',
    nl: 'Een reis met een gebruikscyclus zonder contactmoment voor service of ondersteuning.',
  },
  check({ index, settings, locale }, out) {
    const teams = new Set(listSetting(settings, 'teams'));
    const kinds = new Set(listSetting(settings, 'channelKinds'));
    const useRanks: number[] = [];
    index.phases.forEach((p, rank) => {
      if (p.cycle === 'use') useRanks.push(rank);
    });
    if (useRanks.length === 0) return;
    const served = useRanks.some((rank) =>
      index.touchpointsByPhase[rank]!.some((i) => {
        const t = index.touchpoints[i]!;
        if (t.ownerTeam !== null && teams.has(t.ownerTeam)) return true;
        const channel = index.channelOf[i]! >= 0 ? index.channelList[index.channelOf[i]!] : undefined;
        return channel !== undefined && kinds.has(channel.kind);
      }),
    );
    if (served) return;
    const phases = useRanks.map((rank) => index.phases[rank]!);
    const names = titleList(
      phases.map((p) => p.name),
      locale,
    );
    const targets = phases.map((p): Target => ({ kind: 'phase', id: p.id }));
    out.phases(
      useRanks,
      settings.severity,
      targets,
      `no-service:${phases.map((p) => `phase/${p.id}`).join('+')}`,
      locale === 'nl'
        ? `De reis heeft een gebruiksfase (${names}), maar geen contactmoment waar klanten service of ondersteuning krijgen.`
        : `The journey has a use phase (${names}), but no touchpoint where customers get service or support.`,
      locale === 'nl'
        ? 'Voeg een servicecontactmoment toe aan de gebruiksfase (telefoon, chat, een serviceteam), zodat klanten met een vraag of probleem weten waar ze terechtkunnen.'
        : 'Add a service touchpoint to the use phase (phone, chat, a service team), so customers with a question or a problem know where to go.',
    );
  },
};
