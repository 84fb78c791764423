/**
 * The home screen with the demo office: overdue items from more than one module (an inquiry past its
 * statutory deadline, a decision past its due day), each linking to its record, and the reminders the
 * services raised at start (missed while the app was closed) until they are marked as seen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startServer, type RunningBrowser, type RunningServer } from './harness';
import { eventually } from './ui';

describe('Today (browser mode, demo office)', () => {
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ demo: true, now: '2026-11-23T09:00:00+01:00' });
    ui = await launchBrowser({ timezoneId: 'America/New_York' });
    page = ui.page;
  });
  afterAll(async () => {
    await ui?.close();
    await server?.stop();
  });

  it('opens on everything overdue across the modules, each with its clock and a link', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Dziś' }).waitFor();
    const overdue = page.getByRole('list', { name: /^Po terminie \(\d+\)$/ });
    await overdue.waitFor();
    const text = (await overdue.textContent()) ?? '';
    expect(text).toContain('Zapytanie: odpowiedź');
    expect(text).toContain('Wykonać przegląd i uzupełnić oświetlenie ul. Polnej');
    expect(text).toMatch(/po terminie o \d+ (dzień|dni|dnia)/);

    await overdue.getByRole('link', { name: /oświetlenie ul\. Polnej/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Decyzje' }).waitFor();
  });

  it('lists the reminders raised at start until they are marked as seen', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Dziś' }).click();
    const reminders = page.getByRole('list', { name: /^Przypomnieni/ });
    await eventually(() => reminders.count()).toBe(1);
    await page.getByRole('button', { name: 'Oznacz przypomnienia jako przeczytane' }).click();
    await eventually(() => reminders.count()).toBe(0);
  });
});
