import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../db/open';
import type { Sql } from '../db/sql';
import { buildServer } from '../http/app';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  blobDir?: string;
  cert?: string;
  key?: string;
  maxBlobBytes?: number;
  trustProxy?: boolean;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  sql: Sql;
  close(): Promise<void>;
}

/** Opens the database (migrating it), builds the app and listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if ((options.cert === undefined) !== (options.key === undefined))
    throw new Error('HTTPS needs both --cert <file> and --key <file>.');
  const https =
    options.cert && options.key ? { cert: readPem(options.cert), key: readPem(options.key) } : undefined;
  const sql = await openDatabase({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  try {
    const app = await buildServer({
      sql,
      dataDir: options.dataDir,
      ...(options.blobDir ? { blobDir: options.blobDir } : {}),
      ...(https ? { https } : {}),
      ...(options.maxBlobBytes ? { maxBlobBytes: options.maxBlobBytes } : {}),
      trustProxy: options.trustProxy ?? false,
    });
    await app.listen({ port: options.port, host: options.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = ['0.0.0.0', '::', ''].includes(options.host) ? '127.0.0.1' : options.host;
    const url = `${https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
      url,
      app,
      sql,
      close: async () => {
        await app.close();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}

function readPem(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
