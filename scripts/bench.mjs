#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, prints their tables and records them in BENCHMARKS.md.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ensureInstalled, pnpm, root, runOrExit } from './lib/workspace.mjs';

ensureInstalled();
const suites = ['packages/model/bench', 'packages/scoring/bench', 'server/bench', 'apps/web/bench'];
const only = process.argv.slice(2);
const files = suites
  .flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((f) => join(dir, f)) : []))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)));
if (files.some((file) => file.startsWith('apps/web'))) {
  process.env.CHROMIUM_PATH = ensureChromium();
  pnpm(['run', 'build']);
}
const tsx = join(root, 'node_modules', '.bin', 'tsx');
for (const file of files) {
  console.log(`\n▶ ${file}`);
  runOrExit(tsx, ['--expose-gc', file]);
}
