// The readable report of `touchpoint score`: the journey score, the phase scores, and the
// findings as a table, in English or Dutch.
import type { Journey } from '@touchpoint/model';
import type { Finding, ScoreResult, Target } from '@touchpoint/scoring';
import type { Lang } from './args.ts';

const LABELS = {
  en: {
    journey: 'Journey score',
    phases: 'Phases',
    touchpoints: 'Touchpoints',
    findings: 'Findings',
    none: 'No findings.',
    severity: { critical: 'critical', warning: 'warning', info: 'info' },
    columns: ['severity', 'rule', 'where', 'message'],
    suggestion: 'suggestion',
    journeyTarget: 'the journey',
    summary: (c: ScoreResult['counts']) => `${c.critical} critical, ${c.warning} warnings, ${c.info} info`,
  },
  nl: {
    journey: 'Score van de reis',
    phases: 'Fasen',
    touchpoints: 'Contactmomenten',
    findings: 'Bevindingen',
    none: 'Geen bevindingen.',
    severity: { critical: 'kritiek', warning: 'waarschuwing', info: 'info' },
    columns: ['ernst', 'regel', 'waar', 'bericht'],
    suggestion: 'suggestie',
    journeyTarget: 'de reis',
    summary: (c: ScoreResult['counts']) => `${c.critical} kritiek, ${c.warning} waarschuwingen, ${c.info} info`,
  },
} as const;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** Lays out rows as columns separated by two spaces; the last column is not padded. */
export function columns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]!))).join('  ').trimEnd());
}

function where(finding: Finding, journey: Journey, lang: Lang): string {
  const names = new Map<string, string>();
  const label = (t: Target): string | undefined => {
    if (t.kind === 'journey') return LABELS[lang].journeyTarget;
    if (t.kind === 'touchpoint') return journey.touchpoints.find((x) => x.id === t.id)?.title;
    if (t.kind === 'phase') return journey.phases.find((x) => x.id === t.id)?.name;
    return undefined;
  };
  for (const t of finding.targets) {
    const name = label(t);
    if (name !== undefined && !names.has(name)) names.set(name, name);
  }
  const list = [...names.keys()];
  if (list.length === 0) return finding.targets[0]?.id ?? '';
  return list.length > 2 ? `${list[0]}, ${list[1]} (+${list.length - 2})` : list.join(', ');
}

export function formatReport(journey: Journey, result: ScoreResult, lang: Lang): string {
  const l = LABELS[lang];
  const lines: string[] = [];
  lines.push(`${journey.title}`);
  lines.push(`${l.journey}: ${result.journeyScore}/100 (${l.summary(result.counts)})`);
  lines.push('');
  lines.push(`${l.phases}:`);
  const phases = [...journey.phases].sort((a, b) => a.order - b.order);
  lines.push(...columns(phases.map((p) => [`  ${p.name}`, String(result.phaseScores[p.id] ?? '')])));
  lines.push('');
  lines.push(`${l.findings}:`);
  if (result.findings.length === 0) {
    lines.push(`  ${l.none}`);
  } else {
    const rows = [l.columns.map((c) => c.toUpperCase())];
    for (const f of result.findings) rows.push([l.severity[f.severity], f.ruleId, where(f, journey, lang), f.message]);
    const laidOut = columns(rows).map((line) => `  ${line}`);
    lines.push(laidOut[0]!);
    const indent = ' '.repeat(laidOut[0]!.indexOf(l.columns[3]!.toUpperCase()));
    result.findings.forEach((f, i) => {
      lines.push(laidOut[i + 1]!);
      lines.push(`${indent}→ ${f.suggestion}`);
    });
  }
  return lines.join('\n');
}
