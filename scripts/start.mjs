#!/usr/bin/env node
// `npm start`: installs what is missing, builds the web app and starts the server, which
// serves the app, the sync endpoint and the REST API on one port (default 8080).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, pnpm, root } from './lib/workspace.mjs';

ensureInstalled();
if (!process.argv.includes('--no-build')) pnpm(['run', 'build']);
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const child = spawn(tsx, [join(root, 'server', 'src', 'main.ts')], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
