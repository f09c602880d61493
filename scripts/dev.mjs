#!/usr/bin/env node
// `pnpm dev`: the server on port 8080 (restarting on change) and Vite's dev server with
// hot reload on port 5173, which proxies /api and /sync to the server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, root } from './lib/workspace.mjs';

ensureInstalled();
const bin = (name) => join(root, 'node_modules', '.bin', name);
const children = [
  spawn(bin('tsx'), ['watch', join(root, 'server', 'src', 'main.ts')], { stdio: 'inherit', cwd: root }),
  spawn(join(root, 'apps', 'web', 'node_modules', '.bin', 'vite'), [], { stdio: 'inherit', cwd: join(root, 'apps', 'web') }),
];
const stop = (signal) => children.forEach((child) => child.kill(signal));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
for (const child of children) child.on('exit', (code) => { stop('SIGTERM'); process.exit(code ?? 0); });
