// Shared by every benchmark: prints a result table and records it in BENCHMARKS.md, in a
// section of its own (between markers), with the machine and the date.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  name: string;
  /** The measured value, already rounded for display. */
  value: string;
  target: string;
  pass: boolean;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const gib = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpus().length} × ${cpu.trim()}, ${gib} GiB RAM, ${platform()} ${release()}, Node ${process.version}`;
}

export function table(rows: BenchRow[]): string {
  const head = '| benchmark | result | target | |\n|---|---|---|---|';
  const body = rows.map((r) => `| ${r.name} | ${r.value} | ${r.target} | ${r.pass ? '✅' : '❌'} |`).join('\n');
  return `${head}\n${body}`;
}

/** Prints the table and writes it into BENCHMARKS.md under `## title`. */
export function record(section: string, title: string, rows: BenchRow[], notes = ''): void {
  const date = new Date().toISOString().slice(0, 10);
  const block = [
    `<!-- bench:${section} -->`,
    `## ${title}`,
    '',
    `Measured ${date} on ${machineLine()}.`,
    '',
    table(rows),
    notes ? `\n${notes}` : '',
    `<!-- /bench:${section} -->`,
  ].join('\n');
  console.log(`\n${title}\n${table(rows)}\n`);
  const file = join(root, 'BENCHMARKS.md');
  const header = '# Benchmarks\n\nRecorded by `pnpm bench`; each section is rewritten when its benchmark runs again.\n';
  let text = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const pattern = new RegExp(`<!-- bench:${section} -->[\\s\\S]*?<!-- /bench:${section} -->`);
  text = pattern.test(text) ? text.replace(pattern, block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
