import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { InquiryStatus } from '../../core/inquiries/schema';
import { SyncStore, type PushOutcome } from '../../db/sync-store';
import { createInquiry, transitionInquiry, updateInquiry } from '../../main/services/inquiry-service';
import { login } from '../../main/sync/http-transport';
import { prng } from '../../main/sync/testing/faulty-network';
import { httpEngine, openWorkstation, type Workstation } from './workstation';

/**
 * The crash test's victim: a workstation process that writes inquiries through the real services and
 * syncs through the real engine and HTTP transport until it is killed (SIGKILL, at a random moment).
 *
 *   node --import tsx test/sync/crash-writer.ts --data-dir <dir> --server <url>
 *        (--token <token> | --user <login>, password in $PRESSDESK_PASSWORD) [--seed <n>] [--max-ms <n>]
 *
 * It tells the parent what it may rely on, one line each, written synchronously (so a line that was
 * printed is in the pipe even if the process dies right after):
 *   READY <deviceId> <pending>
 *   LOCAL <rowId> <field> <hlc> <json value>   after the transaction that wrote the field committed
 *   ACK <changeKey>                            after the server's acceptance was recorded locally
 *   SYNC <pending> <ok|error code>             after each sync
 */

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    server: { type: 'string' },
    token: { type: 'string' },
    user: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'max-ms': { type: 'string', default: '60000' },
  },
  strict: true,
});

function emit(line: string): void {
  writeSync(1, `${line}\n`);
}

/** Reports every acknowledgement once the transaction recording it has committed. */
class ReportingStore extends SyncStore {
  override recordPushResult(outcome: PushOutcome, at: string): { changed: Record<string, string[]> } {
    const result = super.recordPushResult(outcome, at);
    for (const key of outcome.accepted) emit(`ACK ${key}`);
    return result;
  }
}

const OPEN: readonly InquiryStatus[] = ['new', 'in_progress', 'extended', 'paused'];

async function main(): Promise<void> {
  const dataDir = values['data-dir'];
  const baseUrl = values.server;
  if (!dataDir || !baseUrl) throw new Error('--data-dir and --server are required');
  const seed = Number(values.seed);
  const random = prng(seed);
  const ws = openWorkstation(dataDir);
  let token = values.token;
  if (!token) {
    if (!values.user) throw new Error('give --token or --user');
    const session = await login(baseUrl, {
      username: values.user,
      password: process.env.PRESSDESK_PASSWORD ?? '',
      deviceName: 'crash writer',
      deviceId: ws.deviceId,
    });
    token = session.token;
  }
  const { engine, store } = httpEngine(ws, { baseUrl, token }, { store: new ReportingStore(ws.db) });
  let lastSeq = maxSeq(ws);
  emit(`READY ${ws.deviceId} ${store.pendingCount()}`);

  /** Prints this workstation's change-log entries written since the last call (all committed). */
  const reportLocal = () => {
    const rows = ws.db
      .prepare(
        `SELECT seq, row_id, field, hlc, value FROM change_log WHERE seq > ? AND device_id = ? ORDER BY seq`,
      )
      .all(lastSeq, ws.deviceId) as {
      seq: number;
      row_id: string;
      field: string;
      hlc: string;
      value: string;
    }[];
    for (const r of rows) {
      emit(`LOCAL ${r.row_id} ${r.field} ${r.hlc} ${r.value}`);
      lastSeq = r.seq;
    }
  };

  const stopAt = Date.now() + Number(values['max-ms']);
  let n = 0;
  while (Date.now() < stopAt) {
    const writes = 1 + Math.floor(random() * 3);
    for (let i = 0; i < writes; i++) {
      try {
        step(ws, random, `${seed}-${++n}`);
      } catch (error) {
        // A refused transition writes nothing; the loop goes on.
        process.stderr.write(`step failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
      reportLocal();
    }
    if (random() < 0.7) {
      const status = await engine.syncOnce();
      emit(`SYNC ${status.pending} ${status.lastError?.code ?? 'ok'}`);
    } else {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  ws.close();
}

function maxSeq(ws: Workstation): number {
  return (ws.db.prepare(`SELECT coalesce(max(seq), 0) AS m FROM change_log`).get() as { m: number }).m;
}

/** One user action through the real services: register, edit, or move an open inquiry along. */
function step(ws: Workstation, random: () => number, label: string): void {
  const { ctx } = ws;
  const now = ctx.clock().toISOString();
  const open = ws.db
    .prepare(
      `SELECT id, status FROM inquiries WHERE deleted = 0 AND status IN (${OPEN.map(() => '?').join(', ')})
       ORDER BY id`,
    )
    .all(...OPEN) as { id: string; status: InquiryStatus }[];
  const target = open[Math.floor(random() * open.length)];
  if (!target || random() < 0.3) {
    createInquiry(ctx, {
      receivedAt: now,
      channel: 'email',
      journalistName: 'Zofia Łęcka',
      outletName: 'Dziennik Łódzki',
      outletType: 'daily',
      contact: 'z.lecka@dziennik.example',
      subject: `Crash test ${label}`,
      question: `Question ${label}: ile kosztował remont?`,
      jurisdiction: 'PL',
    });
    return;
  }
  const { id, status } = target;
  const pick = random();
  if (pick < 0.35) {
    updateInquiry(ctx, { id, subject: `Edited ${label}` });
  } else if (status === 'new' && pick < 0.6) {
    transitionInquiry(ctx, { id, action: 'start' });
  } else if (status === 'paused') {
    transitionInquiry(ctx, { id, action: 'resume', at: now });
  } else if (pick < 0.75) {
    transitionInquiry(ctx, { id, action: 'pause', at: now, reason: `Waiting ${label}` });
  } else if (pick < 0.95) {
    transitionInquiry(ctx, { id, action: 'answer', text: `Answer ${label}`, sentAt: now, channel: 'email' });
  } else {
    transitionInquiry(ctx, { id, action: 'withdraw', at: now });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `crash-writer: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
