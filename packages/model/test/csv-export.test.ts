// The touchpoint spreadsheet export, read back by the spreadsheet import: what a team
// downloads, edits in Excel and imports again keeps its phases, cards and fields.
import { describe, expect, it } from 'vitest';
import { buildTemplate, csvCell, parseTouchpointCsv, splitCsv, templates, touchpointsCsv, type Journey } from '../src/index.ts';

/** What the spreadsheet carries of each card, in map order. */
function rows(journey: Journey) {
  const phases = [...journey.phases].sort((a, b) => a.order - b.order);
  const channel = new Map(journey.channels.map((c) => [c.id, c.name]));
  return phases.flatMap((phase) =>
    journey.touchpoints
      .filter((t) => t.phaseId === phase.id)
      .sort((a, b) => a.order - b.order)
      .map((t) => ({
        phase: phase.name,
        cycle: phase.cycle,
        title: t.title,
        channel: t.channelId ? channel.get(t.channelId) : undefined,
        emotion: t.emotion,
        effort: t.effort,
        goal: t.goal,
        description: t.description,
        flags: [t.isKeyMoment, t.isWowMoment],
        ownerTeam: t.ownerTeam,
        callToAction: t.callToAction,
        notes: t.notes,
        kpi: t.kpis[0] && { name: t.kpis[0].name, target: t.kpis[0].target, actual: t.kpis[0].actual, unit: t.kpis[0].unit, direction: t.kpis[0].direction },
      })),
  );
}

describe('touchpoint spreadsheet export', () => {
  for (const { id } of templates) {
    for (const locale of ['en', 'nl'] as const) {
      it(`${id} (${locale}) reads back through the import with every card's fields and first KPI`, () => {
        const journey = buildTemplate(id, { locale });
        const text = touchpointsCsv(journey);
        const back = parseTouchpointCsv(text, { locale });
        if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
        expect(back.warnings).toEqual([]);
        expect(rows(back.journey)).toEqual(rows(journey));
      });
    }
  }

  it('writes a Dutch journey the Dutch-Excel way: ; between cells, a decimal comma, Dutch headers and words', () => {
    const journey = buildTemplate('insurance-application', { locale: 'nl' });
    const text = touchpointsCsv(journey);
    expect(text.startsWith('\uFEFFFase;Cyclus;Contactmoment;Kanaal;Emotie')).toBe(true);
    const split = splitCsv(text);
    if (!split.ok) throw new Error(split.error.message);
    expect(split.separator).toBe(';');
    const header = split.records[0]!.cells;
    const row = (title: string) => Object.fromEntries(header.map((h, i) => [h.replace('\uFEFF', ''), split.records.find((r) => r.cells.includes(title))!.cells[i]]));
    const clickThrough = journey.touchpoints.find((t) => t.kpis.some((k) => !Number.isInteger(k.actual)))!;
    expect(row(clickThrough.title)['KPI realisatie']).toBe(String(clickThrough.kpis[0]!.actual).replace('.', ','));
    const call = journey.touchpoints.find((t) => t.ownerTeam === 'contact-center' && t.isKeyMoment)!;
    expect(row(call.title)).toMatchObject({ Sleutelmoment: 'ja', Eigenaar: 'klantenservice', Cyclus: 'koop' });
    // The handoff of the step from the row before (risk questions → call: none).
    expect(row(call.title).Overdracht).toBe('geen');
    expect(buildTemplate('insurance-application').locale).toBe('en');
    expect(touchpointsCsv(buildTemplate('insurance-application')).split('\r\n')[0]).toContain(',Touchpoint,Channel,Emotion,');
  });

  it('quotes what needs quoting and disarms formulas, and the import takes both back', () => {
    expect(csvCell('plain', ',')).toBe('plain');
    expect(csvCell('a, b', ',')).toBe('"a, b"');
    expect(csvCell('a; b', ',')).toBe('a; b');
    expect(csvCell('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ';')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+31 20 123', ',')).toBe("'+31 20 123");
    expect(csvCell('-1', ',')).toBe('-1');

    const journey = buildTemplate('car-rental-winter');
    const tricky = {
      ...journey,
      touchpoints: journey.touchpoints.map((t, i) =>
        i === 0 ? { ...t, title: '=SUM(A1:A9)', goal: 'Quotes "like this", commas', notes: 'Line one\nLine two' } : t,
      ),
    };
    const back = parseTouchpointCsv(touchpointsCsv(tricky));
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(rows(back.journey)[0]).toMatchObject({ title: '=SUM(A1:A9)', goal: 'Quotes "like this", commas', notes: 'Line one\nLine two' });
  });

  it('writes only the header for a journey without touchpoints', () => {
    const journey = buildTemplate('omnichannel-retail');
    const empty = { ...journey, touchpoints: [], steps: [] };
    expect(touchpointsCsv(empty).split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});
