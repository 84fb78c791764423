import { benchApplyRemote } from './sync-apply';
import { benchInitialSync } from './sync-initial';
import { benchRoundTrip } from './sync-roundtrip';
import { startServer } from './sync-server';
import { openWorkstation, type BenchWorkstation } from './sync-workstation';

/**
 * The sync part of `npm run bench`: applying remote changes against raw inserts, a full initial sync
 * from the real server, and the round trip of one change between two workstations. Prints figures
 * only; every temporary directory is deleted and the server closed, also after an error.
 */
export interface SyncBenchOptions {
  /** Remote changes applied in the first part (BENCH_SYNC_CHANGES). */
  changes: number;
  /** Years of office history on the server for the initial sync (BENCH_SYNC_YEARS). */
  years: number;
  /** Timed round trips (BENCH_SYNC_ROUNDS). */
  rounds: number;
  pageSize: number;
}

export async function runSyncBenchmarks(options: SyncBenchOptions): Promise<void> {
  console.log('\nSync (workstations: openDatabase, WAL, synchronous = FULL; see bench/README.md)\n');
  benchApplyRemote({ changes: options.changes, pageSize: options.pageSize });
  console.log('');

  const workstations: BenchWorkstation[] = [];
  const open = (name: string, userName: string) => {
    const ws = openWorkstation(name, userName);
    workstations.push(ws);
    return ws;
  };
  const server = await startServer();
  try {
    const { office, fresh } = await benchInitialSync(server, options.years, open);
    console.log('');
    await benchRoundTrip(office, fresh, { rounds: options.rounds, warmup: Math.min(5, options.rounds) });
  } finally {
    try {
      await server.close();
    } finally {
      for (const ws of workstations) ws.close();
    }
  }
}
