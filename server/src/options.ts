// Server configuration: the options startServer takes, their defaults, and the limits that
// bound what any one client can send.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Limits {
  /** Largest websocket frame a client may send (bytes); larger closes the connection (1009). */
  maxFrameBytes: number;
  /** Largest a journey's stored state may grow (bytes); an update past it is refused (4413). */
  maxDocBytes: number;
  /** Messages a connection may send per second (burst: twice that); more closes it (4429). */
  maxMessagesPerSecond: number;
  /** Open connections per journey; one more is closed with 1013 (try again later). */
  maxConnectionsPerRoom: number;
  /** Largest REST request body (bytes); larger is answered with 413. */
  maxBodyBytes: number;
}

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  /** The workspace key; when empty, read from the data dir or generated there. */
  workspaceKey: string | undefined;
  webRoot: string;
  publicUrl: string | undefined;
  logger: boolean;
  limits: Limits;
  /** Compact a journey's update log into one state after this many updates. */
  compactEvery: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFrameBytes: 2 * 1024 * 1024,
  maxDocBytes: 16 * 1024 * 1024,
  maxMessagesPerSecond: 200,
  maxConnectionsPerRoom: 256,
  maxBodyBytes: 8 * 1024 * 1024,
};

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What startServer takes: any option may be left out, and any single limit. */
export type StartOptions = Partial<Omit<ServerOptions, 'limits'>> & { limits?: Partial<Limits> };

export function resolveOptions(input: StartOptions = {}): ServerOptions {
  return {
    port: input.port ?? 8080,
    host: input.host ?? '0.0.0.0',
    dataDir: resolve(input.dataDir ?? './data'),
    workspaceKey: input.workspaceKey || process.env.TOUCHPOINT_WORKSPACE_KEY || undefined,
    webRoot: input.webRoot ?? join(repoRoot, 'apps', 'web', 'dist'),
    publicUrl: input.publicUrl,
    logger: input.logger ?? false,
    limits: { ...DEFAULT_LIMITS, ...input.limits },
    compactEvery: input.compactEvery ?? 500,
  };
}
