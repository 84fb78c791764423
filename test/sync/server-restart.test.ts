import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncStore } from '../../db/sync-store';
import { createInquiry } from '../../main/services/inquiry-service';
import { HttpTransport, login, type FetchLike } from '../../main/sync/http-transport';
import { seedPgliteDataDir } from '../../server/testing/backends';
import { addUser, killAll, sleep, startServer, type ServerProcess } from './processes';
import { inquiryDifferences, localChanges, ServerMirror } from './server-view';
import { httpEngine, openWorkstation, type Workstation } from './workstation';

/**
 * Issue 3, "Proof": a server restart and a network cut in the middle of a push lose nothing and
 * duplicate nothing. The server is the real one (its CLI, embedded PGlite in a data directory), killed
 * with SIGKILL and restarted on the same port and data directory; the workstation is the real engine
 * over the real HTTP transport, with a fetch that kills the server or loses answers at chosen moments.
 */
const PASSWORD = 'restart test password';
const BATCH = 500;

describe('server restart and network cut in the middle of a push', () => {
  let root: string;
  let serverDir: string;
  let server: ServerProcess;
  const workstations: Workstation[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'pressdesk-restart-'));
    serverDir = join(root, 'server');
    await seedPgliteDataDir(serverDir);
    await addUser(serverDir, 'press', 'press', PASSWORD);
    server = await startServer(serverDir);
  }, 180_000);

  // A test that failed while the server was down must not take the following ones with it.
  beforeEach(async () => {
    if (!server.child.running) server = await startServer(serverDir, server.port);
  }, 120_000);

  afterAll(async () => {
    for (const ws of workstations) ws.close();
    await killAll();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 30_000);

  /** A signed-in workstation with at least `changes` changes waiting to be pushed. */
  async function workstation(name: string, changes: number) {
    const ws = openWorkstation(join(root, name), `User ${name}`);
    workstations.push(ws);
    const { token } = await login(server.url, {
      username: 'press',
      password: PASSWORD,
      deviceName: name,
      deviceId: ws.deviceId,
    });
    const store = new SyncStore(ws.db);
    for (let i = 0; store.pendingCount() < changes; i++) {
      createInquiry(ws.ctx, {
        receivedAt: ws.ctx.clock().toISOString(),
        channel: 'email',
        journalistName: 'Zofia Łęcka',
        outletName: 'Dziennik Łódzki',
        outletType: 'daily',
        subject: `${name} ${i}`,
        question: `Question ${i} from ${name}`,
        jurisdiction: 'PL',
      });
    }
    return { ws, token, store, total: store.pendingCount() };
  }

  async function mirror(token: string): Promise<ServerMirror> {
    return new ServerMirror(new HttpTransport({ baseUrl: server.url, token })).refresh();
  }

  /** Nothing pending, every change of the workstation on the server exactly once, both sides agree. */
  async function expectConverged(ws: Workstation, token: string): Promise<void> {
    const remote = await mirror(token);
    const local = localChanges(ws.db, ws.deviceId);
    expect(local.filter((c) => c.syncedAt === null || c.rejectedCode !== null).map((c) => c.key)).toEqual([]);
    expect(remote.duplicates()).toEqual([]);
    const lost = local.filter((c) => remote.counts.get(c.key) !== 1).map((c) => c.key);
    expect(lost, 'changes lost on the way to the server').toEqual([]);
    const mine = remote.changes.filter((c) => c.deviceId === ws.deviceId);
    expect(mine.length, "the server's changes of this workstation").toBe(local.length);
    // The acknowledgement is the server's own entry (its sequence number came back with the pull).
    const wrongSeq = local.filter((c) => c.serverSeq !== remote.seqs.get(c.key)).map((c) => c.key);
    expect(wrongSeq).toEqual([]);
    expect(inquiryDifferences(ws.db, remote.changes)).toEqual([]);
  }

  const acknowledged = (ws: Workstation) =>
    localChanges(ws.db, ws.deviceId)
      .filter((c) => c.syncedAt !== null)
      .map((c) => c.key);

  it(
    'keeps an acknowledged batch when the server is SIGKILLed right after answering it, and sends the rest after its restart',
    { timeout: 180_000 },
    async () => {
      const { ws, token, store, total } = await workstation('ws-answered', 2000);
      let pushes = 0;
      const killAfterFirstAnswer: FetchLike = async (url, init) => {
        const res = await fetch(url, init);
        if (!url.includes('/sync/push') || ++pushes > 1) return res;
        const body = await res.arrayBuffer(); // the whole answer is in hand…
        await server.child.kill('SIGKILL'); // …when the server dies
        return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
      };
      const { engine } = httpEngine(
        ws,
        { baseUrl: server.url, token, fetch: killAfterFirstAnswer },
        { pushBatch: BATCH },
      );

      const cut = await engine.syncOnce();
      expect(cut.lastError?.code).toBe('OFFLINE');
      expect(cut.online).toBe(false);
      expect(cut.pending).toBe(total - BATCH);
      expect(store.pendingCount()).toBe(total - BATCH);
      const acked = acknowledged(ws);
      expect(acked).toHaveLength(BATCH);

      server = await startServer(serverDir, server.port);
      const afterRestart = await mirror(token);
      expect(
        acked.filter((k) => !afterRestart.has(k)),
        'acknowledged before the SIGKILL, missing after the restart',
      ).toEqual([]);

      const resumed = await engine.syncOnce();
      expect(resumed.lastError).toBeNull();
      expect(resumed.pending).toBe(0);
      expect(pushes).toBeGreaterThanOrEqual(Math.ceil(total / BATCH));
      await expectConverged(ws, token);
    },
  );

  // When, relative to how long the first push took, the server dies during the second: before it has
  // read the request, inside its transaction, around its commit, after its answer. The outcomes differ;
  // none may lose or duplicate a change.
  it.each([0.1, 0.5, 0.9, 1.5])(
    'loses and duplicates nothing when the server is SIGKILLed during a later push of a long sync (at %d × a push)',
    { timeout: 180_000 },
    async (fraction) => {
      const { ws, token, store, total } = await workstation(`ws-inflight-${fraction}`, 2000);
      let pushes = 0;
      let firstPushMs = 0;
      let delayMs = 0;
      const killDuringSecondPush: FetchLike = async (url, init) => {
        if (!url.includes('/sync/push')) return fetch(url, init);
        if (++pushes === 1) {
          const started = performance.now();
          const res = await fetch(url, init);
          const body = await res.arrayBuffer();
          firstPushMs = performance.now() - started;
          return new Response(body, { status: res.status, headers: res.headers });
        }
        if (pushes !== 2) return fetch(url, init);
        const answer = fetch(url, init);
        answer.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
        delayMs = Math.round(firstPushMs * fraction);
        await sleep(delayMs);
        await server.child.kill('SIGKILL');
        return answer;
      };
      const { engine } = httpEngine(
        ws,
        { baseUrl: server.url, token, fetch: killDuringSecondPush },
        { pushBatch: BATCH },
      );

      const cut = await engine.syncOnce();
      // Whether the kill hits the request or the answer's body, it is a network error; nothing is recorded from it.
      expect(cut.lastError?.code).toBe('OFFLINE');
      expect(cut.online).toBe(false);
      // The first batch is acknowledged; the second may or may not have been answered before the kill.
      expect(cut.pending).toBeGreaterThanOrEqual(total - 2 * BATCH);
      expect(cut.pending).toBeLessThanOrEqual(total - BATCH);
      const acked = acknowledged(ws);
      expect(acked.length).toBe(total - store.pendingCount());

      server = await startServer(serverDir, server.port);
      const afterRestart = await mirror(token);
      expect(
        acked.filter((k) => !afterRestart.has(k)),
        'acknowledged, then lost by the restart',
      ).toEqual([]);
      const held = afterRestart.changes.filter((c) => c.deviceId === ws.deviceId).length;
      console.info(
        `killed ${delayMs} ms into push 2 (push 1 took ${Math.round(firstPushMs)} ms): ${cut.lastError?.code}; workstation had ${acked.length} of ${total} acknowledged, ` +
          `the restarted server held ${held}`,
      );

      const resumed = await engine.syncOnce();
      expect(resumed.lastError).toBeNull();
      expect(resumed.pending).toBe(0);
      await expectConverged(ws, token);
    },
  );

  it.each([1, 2])(
    'a lost answer to push %i: the engine reports the error, the changes stay pending, the next sync re-sends them once',
    { timeout: 120_000 },
    async (lostAt) => {
      const { ws, token, store, total } = await workstation(`ws-cut-${lostAt}`, 1200);
      let pushes = 0;
      let cut = true;
      const loseAnswer: FetchLike = async (url, init) => {
        const res = await fetch(url, init);
        if (!url.includes('/sync/push')) return res;
        pushes++;
        if (!cut || pushes !== lostAt) return res;
        await res.arrayBuffer(); // the server received and answered the push; the answer never arrives
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
        });
      };
      const { engine } = httpEngine(
        ws,
        { baseUrl: server.url, token, fetch: loseAnswer },
        { pushBatch: BATCH },
      );

      const first = await engine.syncOnce();
      expect(first.lastError).toEqual({ code: 'OFFLINE', params: { reason: 'ECONNRESET' } });
      expect(first.online).toBe(false);
      expect(first.pending).toBe(total - (lostAt - 1) * BATCH);
      const lostKeys = store.pendingChanges(BATCH).map((c) => `${c.hlc}|${c.table}|${c.rowId}|${c.field}`);
      const delivered = await mirror(token);
      expect(
        lostKeys.filter((k) => !delivered.has(k)),
        'the push whose answer was lost reached the server',
      ).toEqual([]);
      expect(delivered.changes.filter((c) => c.deviceId === ws.deviceId)).toHaveLength(lostAt * BATCH);

      cut = false;
      const pushesBefore = pushes;
      const second = await engine.syncOnce();
      expect(second.lastError).toBeNull();
      expect(second.pending).toBe(0);
      expect(pushes - pushesBefore).toBe(Math.ceil((total - (lostAt - 1) * BATCH) / BATCH)); // re-sent
      await expectConverged(ws, token);
    },
  );
  // A connection that breaks while the answer's body is being read: the changes stay pending and are
  // re-sent once, and the person is told they are offline (not that the server answered strangely).
  let bodyCut: { code: string | undefined; online: boolean } | null = null;

  it(
    'an answer cut in the middle of its body leaves its changes pending; the next sync re-sends them once',
    {
      timeout: 120_000,
    },
    async () => {
      const { ws, token, total } = await workstation('ws-body-cut', 100);
      let cut = true;
      const cutBody: FetchLike = async (url, init) => {
        const res = await fetch(url, init);
        if (!cut || !url.includes('/sync/push')) return res;
        const text = await res.text(); // delivered and answered; half of the answer arrives
        const half = new TextEncoder().encode(text.slice(0, text.length >> 1));
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(half);
            // What undici raises when the server's socket closes mid-body.
            controller.error(
              new TypeError('terminated', {
                cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
              }),
            );
          },
        });
        return new Response(body, { status: res.status, headers: res.headers });
      };
      const { engine } = httpEngine(ws, { baseUrl: server.url, token, fetch: cutBody }, { pushBatch: BATCH });
      const first = await engine.syncOnce();
      expect(first.lastError).not.toBeNull();
      expect(first.pending).toBe(total);
      bodyCut = { code: first.lastError?.code, online: first.online };
      cut = false;
      const second = await engine.syncOnce();
      expect(second.lastError).toBeNull();
      expect(second.pending).toBe(0);
      await expectConverged(ws, token);
    },
  );

  it('an answer cut in the middle of its body is reported as a network error', () => {
    expect(bodyCut).toEqual({ code: 'OFFLINE', online: false });
  });
});
