#!/usr/bin/env node
// `npm test`: installs what is missing, builds the web app and runs every test
// (unit, component, integration and end-to-end) in one Vitest run.
import { ensureChromium } from './lib/chromium.mjs';
import { ensureInstalled, pnpm } from './lib/workspace.mjs';

ensureInstalled();
process.env.CHROMIUM_PATH = ensureChromium();
pnpm(['run', 'build']);
pnpm(['exec', 'vitest', 'run', ...process.argv.slice(2)]);
