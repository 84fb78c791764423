/**
 * The interface language switches at run time and is kept; the HTTP API only answers the per-launch token
 * and rejects invalid input without writing; demo mode shows what needs attention.
 */
import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, rawCall } from './api';
import { launchBrowser, settingsWith, startServer, type RunningBrowser, type RunningServer } from './harness';

describe('language switching and API security (default Polish office)', () => {
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ now: '2025-12-10T09:00:00+01:00' });
    ui = await launchBrowser();
    page = ui.page;
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
  });

  it('switches to Ukrainian, keeps it after a reload, and back to English', async () => {
    await page.goto(`${server.url}#/inquiries`);
    await page.getByRole('heading', { level: 1, name: 'Zapytania dziennikarzy' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Nawigacja główna' })
      .getByRole('link', { name: 'Zapytania' })
      .waitFor();

    await page.getByLabel('Język').selectOption({ label: 'Українська' });
    await page
      .getByRole('navigation', { name: 'Головна навігація' })
      .getByRole('link', { name: 'Запити' })
      .waitFor();
    await page.getByRole('heading', { level: 1, name: 'Запити журналістів' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    // The choice is a setting, saved on the server.
    expect((await apiCall(server, 'settings.get', {})).office.language).toBe('uk');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Запити журналістів' }).waitFor();
    await page.getByRole('link', { name: 'Запити', exact: true }).waitFor();
    expect(await page.getByLabel('Мова').inputValue()).toBe('uk');

    await page.getByLabel('Мова').selectOption({ label: 'English' });
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    const links = nav.getByRole('link');
    expect(await links.allTextContents()).toEqual([
      'Today',
      'Inquiries',
      'Calendar',
      'Meetings',
      'Decisions',
      'Letters',
      'Contacts',
      'Patronage',
      'Authorizations',
      'Sync',
      'Settings',
    ]);
    expect(await links.nth(1).textContent()).toBe('Inquiries');
    expect(await links.nth(1).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { level: 1, name: "Journalists' inquiries" }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('answers API calls only with the per-launch token', async () => {
    const noToken = await rawCall(server.origin, null, 'inquiries.list', {});
    expect(noToken.status).toBe(401);
    expect(noToken.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    const sameLength = server.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const wrong of [sameLength, 'wrong', `${server.token}x`, '']) {
      const response = await rawCall(server.origin, wrong, 'inquiries.list', {});
      expect(response.status, `token "${wrong}"`).toBe(401);
    }

    // The token in the query string (how the page first gets it) does not authorise API calls.
    const inQuery = await fetch(`${server.origin}/api/inquiries.list?token=${server.token}`, {
      method: 'POST',
      body: '{}',
    });
    expect(inQuery.status).toBe(401);

    const ok = await rawCall(server.origin, server.token, 'inquiries.list', {});
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ ok: true, data: { total: 0, items: [] } });
  });

  it('refuses requests for another Host name (DNS rebinding)', async () => {
    const { port } = new URL(server.origin);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'POST',
          path: '/api/inquiries.list',
          headers: {
            Host: `attacker.example:${port}`,
            Authorization: `Bearer ${server.token}`,
            'Content-Type': 'application/json',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('rejects an invalid payload with 400 VALIDATION and writes nothing', async () => {
    const before = await apiCall(server, 'inquiries.list', {});
    const response = await rawCall(server.origin, server.token, 'inquiries.create', {
      receivedAt: '2025-12-10T09:00:00+01:00',
      channel: 'email',
      journalistName: '   ',
      outletName: 'Gazeta',
      outletType: 'daily',
      subject: 'Temat',
      question: 'Pytanie',
      jurisdiction: 'PL',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'journalistName', message: 'required' }] },
    });
    const after = await apiCall(server, 'inquiries.list', {});
    expect(after.total).toBe(before.total);

    const notJson = await fetch(`${server.origin}/api/inquiries.create`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{"journalistName":',
    });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await apiCall(server, 'inquiries.list', {})).total).toBe(before.total);
  });
});

describe('demo mode', () => {
  let server: RunningServer;
  let ui: RunningBrowser;

  beforeAll(async () => {
    server = await startServer({
      demo: true,
      now: '2026-03-16T10:00:00+01:00',
      settings: settingsWith({ language: 'en' }),
    });
    ui = await launchBrowser();
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
  });

  it('shows the "Needs attention" dashboard with an overdue inquiry', async () => {
    const page = ui.page;
    await page.goto(`${server.url}#/inquiries`);
    const dashboard = page.getByRole('region', { name: 'Needs attention' });
    await dashboard.getByRole('heading', { level: 2, name: 'Needs attention' }).waitFor();
    const overdue = dashboard.getByRole('list', { name: /^Overdue \(\d+\)$/ });
    await overdue.waitFor();
    const items = overdue.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    expect(await first.textContent()).toMatch(/Overdue by \d+ (days?|hours?)/);
    await first.getByRole('link').waitFor();
    expect(await first.getByRole('link').textContent()).toMatch(/^BP\.1431\.\d+\.\d{4} — /);

    const heading = await dashboard.getByRole('heading', { level: 3, name: /^Overdue/ }).textContent();
    expect(heading).toBe(`Overdue (${await items.count()})`);
    expect(await page.getByText('Ostrowiec Świętokrzyski', { exact: true }).count()).toBe(1);
  });
});
