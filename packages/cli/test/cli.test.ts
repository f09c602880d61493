// End to end: spawns the real `touchpoint` bin on real files in a temporary directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Every case starts a real process (node + tsx), which takes a moment on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'touchpoint.mjs');
let dir: string;

function touchpoint(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const journey = (handoff: 'full' | 'none', extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  id: 'j1',
  title: 'Apply for insurance',
  locale: 'en',
  channels: [
    { id: 'web', name: 'Website', kind: 'web', canConvert: true },
    { id: 'phone', name: 'Phone', kind: 'phone' },
  ],
  phases: [{ id: 'p1', name: 'Application', order: 0 }],
  touchpoints: [
    { id: 'a', phaseId: 'p1', order: 0, title: 'Fill in the form', channelId: 'web', emotion: 1 },
    { id: 'b', phaseId: 'p1', order: 1, title: 'Call for advice', channelId: 'phone', emotion: 1 },
  ],
  steps: [{ id: 's1', from: 'a', to: 'b', handoff }],
  ...extra,
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'touchpoint-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('touchpoint score', () => {
  it('prints a table and exits 1 when a critical finding exists', () => {
    const { code, stdout, stderr } = touchpoint('score', write('critical.json', journey('none')));
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('Apply for insurance');
    expect(stdout).toMatch(/Journey score: \d+\/100 \(1 critical, 0 warnings, 0 info\)/);
    expect(stdout).toMatch(/critical\s+switch-no-handoff\s+Call for advice\s+Customers switch from Website/);
  });

  it('exits 0 without critical findings and prints the result as JSON with --json', () => {
    const { code, stdout } = touchpoint('score', write('fine.json', journey('full')), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.findings).toEqual([]);
    expect(result.touchpointScores).toEqual({ a: 100, b: 100 });
    expect(result.journeyScore).toBe(90);
  });

  it('speaks Dutch with --lang nl, and the journey locale by default', () => {
    const file = write('nl.json', journey('none', { locale: 'nl' }));
    expect(touchpoint('score', file).stdout).toContain('Klanten stappen over van Website');
    const en = touchpoint('score', file, '--lang', 'en');
    expect(en.stdout).toContain('Customers switch from Website');
  });

  it('reports a broken scoring configuration on one line with exit code 2', () => {
    const file = write('config.json', journey('full', { scoring: { rules: { 'emotion-lo': {} } } }));
    const { code, stderr, stdout } = touchpoint('score', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('scoring.rules.emotion-lo: unknown rule');
  });
});

describe('bad files', () => {
  it.each([
    ['a missing file', () => 'missing.json', 'cannot read missing.json: no such file'],
    ['an empty file', () => write('empty.json', ''), 'empty.json: the file is empty'],
    ['a file that is not JSON', () => write('bad.json', '{ "title": '), 'bad.json: not valid JSON'],
    ['a file that is not a journey', () => write('wrong.json', { schemaVersion: 1, id: 'x' }), 'title: required'],
  ])('reports %s on one line of stderr with exit code 2', (_, file, expected) => {
    for (const command of ['score', 'validate']) {
      const { code, stderr, stdout } = touchpoint(command, file());
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(expected);
      if (command === 'score') expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('touchpoint csv', () => {
  it('prints the touchpoints as a spreadsheet that the CSV import reads back, and refuses a bad file with exit code 2', async () => {
    const { parseTouchpointCsv } = await import('../../model/src/index.ts');
    const { code, stdout, stderr } = touchpoint('csv', write('csv.json', journey('none')));
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFPhase,Cycle,Touchpoint,Channel,Emotion,/);
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['Fill in the form', 'Call for advice']);
    const back = parseTouchpointCsv(stdout);
    expect(back.ok && back.journey.touchpoints.map((t) => t.title)).toEqual(['Fill in the form', 'Call for advice']);
    expect(back.ok && back.journey.steps.map((s) => s.handoff)).toEqual(['none']);
    const bad = touchpoint('csv', write('bad.json', '{"title": 1'));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('touchpoint validate', () => {
  it('exits 0 for a valid journey', () => {
    const { code, stdout } = touchpoint('validate', write('valid.json', journey('full')));
    expect(code).toBe(0);
    expect(stdout).toBe('valid.json is a valid journey: 1 phase, 2 touchpoints, 1 step.\n');
    const nl = touchpoint('validate', write('valid-nl.json', journey('full', { locale: 'nl' })));
    expect(nl.stdout).toBe('valid-nl.json is een geldige reis: 1 fase, 2 contactmomenten, 1 stap.\n');
  });

  it('lists every schema error with its path and exits 2', () => {
    const broken = journey('full');
    broken.touchpoints[1]!.emotion = 7;
    (broken.phases[0] as { name?: string }).name = '';
    const { code, stderr } = touchpoint('validate', write('invalid.json', broken));
    expect(code).toBe(2);
    expect(stderr).toContain('invalid.json is not a valid journey (2 problems):');
    expect(stderr).toContain('phases[0].name: required');
    expect(stderr).toContain('touchpoints[1].emotion');
  });
});

describe('usage', () => {
  it('prints help with exit code 0 and rejects bad arguments with exit code 2', () => {
    const help = touchpoint('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('touchpoint score <journey.json> [--json] [--lang en|nl]');
    const bad = touchpoint('score');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('touchpoint: "score" needs a journey file (see "touchpoint --help")\n');
  });
});
