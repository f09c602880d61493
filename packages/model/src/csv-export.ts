// A journey's touchpoints as a spreadsheet (CSV): one row per touchpoint in map order, with
// the columns, words and number format the spreadsheet import (csv.ts) reads back, in the
// journey's own language. Dutch files use `;` and a decimal comma, as Dutch Excel does; both
// start with a byte order mark so Excel reads them as UTF-8. A row holds a touchpoint's first
// KPI only (the import reads one per row), and its handoff is that of the step from the row
// before, as the import links rows.
import type { CsvField } from './csv.ts';
import type { Journey, Locale, OwnerTeam, Step, Touchpoint } from './schema.ts';

/** The columns, in the import's own names (csv.ts). */
type Column = CsvField;

const COLUMNS: readonly Column[] = [
  'phase',
  'cycle',
  'title',
  'channel',
  'emotion',
  'effort',
  'goal',
  'description',
  'keyMoment',
  'wowMoment',
  'ownerTeam',
  'callToAction',
  'notes',
  'handoff',
  'kpi',
  'kpiTarget',
  'kpiActual',
  'kpiUnit',
  'kpiDirection',
];

/** Headers, words and number format per language; every header and word is one the import accepts. */
const WORDING: Record<Locale, { headers: Record<Column, string>; yes: string; words: Record<string, string>; teams: Record<OwnerTeam, string>; separator: string; decimal: string }> = {
  en: {
    headers: {
      phase: 'Phase',
      cycle: 'Cycle',
      title: 'Touchpoint',
      channel: 'Channel',
      emotion: 'Emotion',
      effort: 'Effort',
      goal: 'Customer goal',
      description: 'Description',
      keyMoment: 'Key moment',
      wowMoment: 'Wow moment',
      ownerTeam: 'Owner team',
      callToAction: 'Call to action',
      notes: 'Notes',
      handoff: 'Handoff',
      kpi: 'KPI',
      kpiTarget: 'KPI target',
      kpiActual: 'KPI actual',
      kpiUnit: 'KPI unit',
      kpiDirection: 'KPI direction',
    },
    yes: 'yes',
    words: { buy: 'buy', use: 'use', full: 'full', partial: 'partial', none: 'none', higher: 'higher', lower: 'lower' },
    teams: {
      web: 'web',
      app: 'app',
      'contact-center': 'contact center',
      shop: 'shop',
      sales: 'sales',
      marketing: 'marketing',
      service: 'service',
      logistics: 'logistics',
      partner: 'partner',
      other: 'other',
    },
    separator: ',',
    decimal: '.',
  },
  nl: {
    headers: {
      phase: 'Fase',
      cycle: 'Cyclus',
      title: 'Contactmoment',
      channel: 'Kanaal',
      emotion: 'Emotie',
      effort: 'Inspanning',
      goal: 'Klantdoel',
      description: 'Beschrijving',
      keyMoment: 'Sleutelmoment',
      wowMoment: 'Wow-moment',
      ownerTeam: 'Eigenaar',
      callToAction: 'Call to action',
      notes: 'Notities',
      handoff: 'Overdracht',
      kpi: 'KPI',
      kpiTarget: 'KPI streefwaarde',
      kpiActual: 'KPI realisatie',
      kpiUnit: 'KPI eenheid',
      kpiDirection: 'KPI richting',
    },
    yes: 'ja',
    words: { buy: 'koop', use: 'gebruik', full: 'volledig', partial: 'gedeeltelijk', none: 'geen', higher: 'hoger', lower: 'lager' },
    teams: {
      web: 'web',
      app: 'app',
      'contact-center': 'klantenservice',
      shop: 'winkel',
      sales: 'verkoop',
      marketing: 'marketing',
      service: 'service',
      logistics: 'logistiek',
      partner: 'partner',
      other: 'overig',
    },
    separator: ';',
    decimal: ',',
  },
};

/** The column header the spreadsheet export writes for a field, in `locale`. */
export function csvHeader(field: Column, locale: Locale): string {
  return WORDING[locale].headers[field];
}

/**
 * A cell as CSV: quoted when it holds the separator, a quote, a line break or spaces at an
 * end. Text that a spreadsheet would run as a formula (starting with = + @) gets a leading
 * apostrophe, which the import takes off again.
 */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+@]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The journey's touchpoints as spreadsheet text, in its own language (see the top of this file). */
export function touchpointsCsv(journey: Journey): string {
  const wording = WORDING[journey.locale];
  const { separator } = wording;
  const number = (value: number | null) => (value === null ? '' : String(value).replace('.', wording.decimal));
  const phases = [...journey.phases].sort((a, b) => a.order - b.order);
  const channelName = new Map(journey.channels.map((c) => [c.id, c.name]));
  const rows: Touchpoint[] = phases.flatMap((phase) => journey.touchpoints.filter((t) => t.phaseId === phase.id).sort((a, b) => a.order - b.order));
  const phaseOf = new Map(phases.map((p) => [p.id, p]));
  // The handoff of the (first) step between two cards, by its ends, for the step from the row before.
  const handoffs = new Map<string, Step['handoff']>();
  for (const s of journey.steps) if (!handoffs.has(`${s.from}\n${s.to}`)) handoffs.set(`${s.from}\n${s.to}`, s.handoff);
  const lines = [COLUMNS.map((column) => csvCell(wording.headers[column], separator)).join(separator)];
  rows.forEach((tp, i) => {
    const phase = phaseOf.get(tp.phaseId)!;
    const before = rows[i - 1];
    const handoff = before ? handoffs.get(`${before.id}\n${tp.id}`) : null;
    const kpi = tp.kpis[0];
    const cells: Record<Column, string> = {
      phase: phase.name,
      cycle: wording.words[phase.cycle]!,
      title: tp.title,
      channel: tp.channelId ? (channelName.get(tp.channelId) ?? '') : '',
      emotion: String(tp.emotion),
      effort: String(tp.effort),
      goal: tp.goal,
      description: tp.description,
      keyMoment: tp.isKeyMoment ? wording.yes : '',
      wowMoment: tp.isWowMoment ? wording.yes : '',
      ownerTeam: tp.ownerTeam ? wording.teams[tp.ownerTeam] : '',
      callToAction: tp.callToAction,
      notes: tp.notes,
      handoff: handoff ? wording.words[handoff]! : '',
      kpi: kpi?.name ?? '',
      kpiTarget: kpi ? number(kpi.target) : '',
      kpiActual: kpi ? number(kpi.actual) : '',
      kpiUnit: kpi?.unit ?? '',
      kpiDirection: kpi ? wording.words[kpi.direction]! : '',
    };
    lines.push(COLUMNS.map((column) => csvCell(cells[column], separator)).join(separator));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
