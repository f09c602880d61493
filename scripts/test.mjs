#!/usr/bin/env node
// `npm test`: installs what is missing, builds the web app, type-checks the workspace and
// runs every test (unit, component, integration and end-to-end) in one Vitest run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureInstalled, pnpm, pnpmCommand, root, run } from './lib/workspace.mjs';

ensureInstalled();
process.env.CHROMIUM_PATH = ensureChromium();
pnpm(['run', 'build']);
pnpm(['run', 'typecheck']);

const report = join(root, 'test-results', 'vitest.json');
const [cmd, ...pre] = pnpmCommand();
const status = run(cmd, [
  ...pre,
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
if (existsSync(report)) {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  console.log(`Tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(status);
