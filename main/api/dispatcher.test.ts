import { afterEach, describe, expect, it } from 'vitest';
import { sampleInquiry, tempApp } from '../testing/temp-app';

describe('dispatcher: the contract at the boundary', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  it('refuses methods that are not in the contract', async () => {
    app = tempApp();
    expect(await app.dispatch('db.exec', { sql: 'DROP TABLE inquiries' })).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', params: { method: 'db.exec' }, issues: [] },
    });
    expect(await app.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('answers a bad payload with translatable field issues and writes nothing', async () => {
    app = tempApp();
    const result = await app.dispatch('inquiries.create', {
      ...sampleInquiry,
      journalistName: '',
      receivedAt: 'yesterday',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) throw new Error('unreachable');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'journalistName', message: 'required' },
        { path: 'receivedAt', message: 'invalidDateTime' },
      ]),
    );
    expect(await app.dispatch('inquiries.list', {})).toMatchObject({ ok: true, data: { total: 0 } });
    expect(app.db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
  });

  it('rejects wrong types and unknown fields in strict inputs', async () => {
    app = tempApp();
    expect(await app.dispatch('inquiries.list', { limit: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.dispatch('system.info', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.dispatch('inquiries.get', null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('runs valid calls end to end and returns contract-shaped output', async () => {
    app = tempApp();
    const created = await app.dispatch('inquiries.create', sampleInquiry);
    expect(created).toMatchObject({ ok: true, data: { regNo: 'BP.1431.1.2025', dueDate: '2025-12-29' } });
    if (!created.ok) throw new Error('unreachable');
    const detail = await app.dispatch('inquiries.get', { id: (created.data as { id: string }).id });
    expect(detail).toMatchObject({
      ok: true,
      data: { allowedActions: expect.arrayContaining(['start', 'answer']) },
    });
    expect(await app.dispatch('inquiries.get', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('previews a deadline and warns about a UA journalist filed as a citizen appeal', async () => {
    app = tempApp();
    const preview = await app.dispatch('deadlines.preview', {
      ruleId: 'UA-APPEAL-RESPONSE',
      start: '2026-11-23T10:00:00+02:00',
      jurisdiction: 'UA',
    });
    expect(preview).toMatchObject({
      ok: true,
      data: { warnings: ['uaJournalistAsAppeal'], deadline: { dueDate: '2026-12-23' } },
    });
  });

  it('saves settings only when valid', async () => {
    app = tempApp();
    const current = await app.dispatch('settings.get', {});
    if (!current.ok) throw new Error('unreachable');
    const settings = current.data as { office: Record<string, unknown> };
    const bad = await app.dispatch('settings.update', {
      ...settings,
      office: { ...settings.office, inquiryNumberPattern: 'BP' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'office.inquiryNumberPattern', message: 'patternNeedsSeq' }] },
    });
    const good = await app.dispatch('settings.update', {
      ...settings,
      office: { ...settings.office, cityName: 'Łódź' },
    });
    expect(good).toMatchObject({ ok: true, data: { office: { cityName: 'Łódź' } } });
  });
});
