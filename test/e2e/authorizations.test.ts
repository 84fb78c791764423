/**
 * An interview authorization through the UI, in English, the browser in New York time: a request to a
 * daily handed over at night before the clock change is due 6 hours later in Warsaw time; the answer with an
 * added question shows the differences and the art. 14a ust. 6 warning; a second request left unanswered
 * is deemed authorized once the clock passes its deadline (server restarted with a later clock), and the
 * Today screen showed it while it was running.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, settingsWith, startServer, type RunningBrowser, type RunningServer } from './harness';
import { eventually } from './ui';

const RECEIVED = 'Pytanie: Kiedy ruszy remont ul. Polnej?\nOdpowiedź: Prace zaczniemy w kwietniu.';

describe('interview authorizations (browser mode, English UI)', () => {
  let dataDir = '';
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-auth-'));
    server = await startServer({
      dataDir,
      now: '2026-03-29T02:30:00+02:00',
      settings: settingsWith({ language: 'en' }),
    });
    ui = await launchBrowser({ timezoneId: 'America/New_York' });
    page = ui.page;
  });
  afterAll(async () => {
    await ui?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function register(interviewee: string) {
    const form = page.getByRole('form', { name: 'New authorization request' });
    await form.getByLabel('Journalist', { exact: true }).fill('Anna Wiśniewska');
    await form.getByLabel('Outlet', { exact: true }).fill('Dziennik Łódzki');
    await form.getByLabel('Outlet type').selectOption({ value: 'daily' });
    await form.getByLabel('Interviewee').fill(interviewee);
    await form.getByLabel('Topic').fill('Remont ul. Polnej');
    await form.getByLabel('Handed over at').fill('2026-03-29T00:00');
    await form.getByLabel('Received text').fill(RECEIVED);
    await form.getByRole('button', { name: 'Register the request' }).click();
    await page.getByText('The request is registered.').waitFor();
  }

  it('registers requests with the 6-hour term in office time and shows them on Today', async () => {
    await page.goto(`${server.url}#/authorizations`);
    await page.getByRole('heading', { level: 1, name: 'Authorizations' }).waitFor();
    await register('Jan Malinowski');
    await register('Ewa Zielińska');
    const list = page.getByRole('table', { name: 'Authorization requests' });
    await eventually(() => list.getByRole('row').count()).toBe(3);
    // 00:00 CET + 6 h = 07:00 CEST (the clock change at 02:00); now is about 02:30 CEST.
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('29 Mar 2026, 07:00');
    expect(text).toMatch(/4 h \d+ min left/);

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Today' })
      .click();
    const today = page.getByRole('list', { name: /^Due today/ });
    await eventually(() => today.textContent()).toContain('Ewa Zielińska');
  });

  it('shows the differences and warns when the interviewee adds a question (art. 14a ust. 6)', async () => {
    await page.goto(`${server.url}#/authorizations`);
    await page.getByRole('row').filter({ hasText: 'Jan Malinowski' }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Authorized with changes' }).click();
    await page
      .getByLabel('Authorized text')
      .fill(`${RECEIVED}\nPytanie: A ul. Leśna?\nOdpowiedź: W przyszłym roku.`);
    await page.getByRole('button', { name: 'Record the authorized text' }).click();
    await page.getByRole('table', { name: 'Differences' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('New question: Pytanie: A ul. Leśna?');
  });

  it('deems the unanswered request authorized once its deadline has passed', async () => {
    await server.stop();
    server = await startServer({ dataDir, now: '2026-03-29T07:05:00+02:00' });
    await page.goto(`${server.url}#/authorizations`);
    const row = page.getByRole('row').filter({ hasText: 'Ewa Zielińska' });
    await eventually(() => row.textContent()).toContain('Deemed authorized');
    expect(await row.textContent()).toMatch(/art\. 14a ust\. 4 pkt 1 \(ust\. 5, 7\)/);
  });
});
