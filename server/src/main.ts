// The server as a program: configuration from the environment, a parseable line with the
// URL once it listens, a clean stop (flush, close the database, exit 0) on SIGTERM/SIGINT.
import { startServer } from './index.ts';
import type { Limits } from './options.ts';

function numberFrom(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a non-negative number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const limits: Partial<Limits> = {};
const limitEnv: [keyof Limits, string][] = [
  ['maxFrameBytes', 'TOUCHPOINT_MAX_FRAME_BYTES'],
  ['maxDocBytes', 'TOUCHPOINT_MAX_DOC_BYTES'],
  ['maxMessagesPerSecond', 'TOUCHPOINT_MAX_MESSAGES_PER_SECOND'],
  ['maxConnectionsPerRoom', 'TOUCHPOINT_MAX_CONNECTIONS_PER_ROOM'],
  ['maxBodyBytes', 'TOUCHPOINT_MAX_BODY_BYTES'],
];
for (const [key, env] of limitEnv) {
  const value = numberFrom(env);
  if (value !== undefined) limits[key] = value;
}

const server = await startServer({
  port: numberFrom('PORT') ?? 8080,
  host: process.env.HOST || '0.0.0.0',
  dataDir: process.env.TOUCHPOINT_DATA_DIR || './data',
  workspaceKey: process.env.TOUCHPOINT_WORKSPACE_KEY || undefined,
  webRoot: process.env.TOUCHPOINT_WEB_ROOT || undefined,
  publicUrl: process.env.TOUCHPOINT_PUBLIC_URL || undefined,
  logger: process.env.TOUCHPOINT_LOG !== '0',
  compactEvery: numberFrom('TOUCHPOINT_COMPACT_EVERY'),
  limits,
});

const shown = (process.env.TOUCHPOINT_PUBLIC_URL || server.url).replace(/\/+$/, '');
console.log(`Touchpoint listening on ${server.url}`);
if (server.keyGenerated) {
  console.log(`Workspace key generated and saved in the data directory. Sign in: ${shown}/#key=${server.workspaceKey}`);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('error while stopping', error);
        process.exit(1);
      },
    );
  });
}
