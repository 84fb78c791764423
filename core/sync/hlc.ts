/**
 * Hybrid logical clock (Kulkarni et al.): physical milliseconds plus a counter, tie-broken by device id.
 * Encoded so that string order equals causal/time order, which lets SQLite compare timestamps as text
 * for last-writer-wins in the sync layer.
 */
export interface Hlc {
  wallMs: number;
  counter: number;
  deviceId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}-${hlc.deviceId}`;
}

export function decodeHlc(text: string): Hlc {
  const match = /^(\d{15})-(\d{6})-(.+)$/.exec(text);
  if (!match) throw new Error(`Malformed HLC timestamp: ${text}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), deviceId: match[3] as string };
}

/** The next local timestamp: strictly greater than `previous`, close to the physical clock. */
export function tickHlc(previous: Hlc | null, nowMs: number, deviceId: string): Hlc {
  if (!previous || nowMs > previous.wallMs) return { wallMs: nowMs, counter: 0, deviceId };
  return { wallMs: previous.wallMs, counter: previous.counter + 1, deviceId };
}

export class ClockDriftError extends Error {
  constructor(readonly driftMs: number) {
    super(`Remote clock is ${Math.round(driftMs / 1000)} s ahead of this workstation`);
  }
}

/** Merges a remote timestamp into the local clock, refusing peers whose clock runs too far ahead. */
export function receiveHlc(
  local: Hlc | null,
  remote: Hlc,
  nowMs: number,
  deviceId: string,
  maxDriftMs: number,
): Hlc {
  if (remote.wallMs - nowMs > maxDriftMs) throw new ClockDriftError(remote.wallMs - nowMs);
  const wallMs = Math.max(nowMs, remote.wallMs, local?.wallMs ?? 0);
  let counter = 0;
  if (local && wallMs === local.wallMs && wallMs === remote.wallMs)
    counter = Math.max(local.counter, remote.counter) + 1;
  else if (local && wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  return { wallMs, counter, deviceId };
}
