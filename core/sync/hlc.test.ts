import { describe, expect, it } from 'vitest';
import { ClockDriftError, decodeHlc, encodeHlc, receiveHlc, tickHlc } from './hlc';

describe('hybrid logical clock', () => {
  it('encodes so that text order is time order', () => {
    const a = encodeHlc({ wallMs: 9_000, counter: 5, deviceId: 'b' });
    const b = encodeHlc({ wallMs: 10_000, counter: 0, deviceId: 'a' });
    const c = encodeHlc({ wallMs: 10_000, counter: 1, deviceId: 'a' });
    expect([c, b, a].sort()).toEqual([a, b, c]);
    expect(decodeHlc(c)).toEqual({ wallMs: 10_000, counter: 1, deviceId: 'a' });
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const first = tickHlc(null, 5_000, 'dev');
    const second = tickHlc(first, 4_000, 'dev');
    expect(encodeHlc(second) > encodeHlc(first)).toBe(true);
  });

  it('moves past a remote timestamp and refuses excessive drift', () => {
    const local = tickHlc(null, 1_000, 'me');
    const merged = receiveHlc(local, { wallMs: 2_000, counter: 3, deviceId: 'you' }, 1_500, 'me', 60_000);
    expect(merged).toEqual({ wallMs: 2_000, counter: 4, deviceId: 'me' });
    expect(() =>
      receiveHlc(local, { wallMs: 10_000_000, counter: 0, deviceId: 'x' }, 1_000, 'me', 60_000),
    ).toThrow(ClockDriftError);
  });
});
