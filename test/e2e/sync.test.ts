/**
 * Two workstations and the city server: signing in through the Sync page, and an inquiry registered on
 * one workstation appearing on the other after "Sync now".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './api';
import { startCityServer, type CityServer } from './city-server';
import { launchBrowser, settingsWith, startServer, type RunningBrowser, type RunningServer } from './harness';

const PASSWORD = 'correct horse battery';

describe('sync between two workstations through the city server', () => {
  let city: CityServer;
  let a: RunningServer;
  let b: RunningServer;
  let ui: RunningBrowser;
  let page: Page;

  beforeAll(async () => {
    city = await startCityServer([
      { name: 'anna', role: 'press', password: PASSWORD },
      { name: 'piotr', role: 'press', password: PASSWORD },
    ]);
    a = await startServer({ settings: settingsWith({ language: 'en' }, 'Anna Kowalska') });
    b = await startServer({ settings: settingsWith({ language: 'en' }, 'Piotr Nowak') });
    ui = await launchBrowser();
    page = ui.page;
  });
  afterAll(async () => {
    await ui?.close();
    await a?.stop();
    await b?.stop();
    await city?.stop();
  });

  it('signs in on the Sync page and shows the state in plain words', async () => {
    await page.goto(`${a.url}#/inquiries`);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Sync' })
      .click();
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Server address').fill(city.url);
    await form.getByLabel('Login').fill('anna');
    await form.getByLabel('Password').fill('wrong password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong login or password' }).waitFor();
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in to ${city.url} as anna (press office)`).waitFor();
    await page.getByRole('status').filter({ hasText: 'Changes waiting to be sent: 0' }).waitFor();
  });

  it('brings an inquiry registered on one workstation to the other', async () => {
    const created = await apiCall(a, 'inquiries.create', {
      receivedAt: '2026-11-23T09:00:00+01:00',
      channel: 'email',
      journalistName: 'Zofia Łęcka',
      outletName: 'Dziennik Łódzki',
      outletType: 'daily',
      subject: 'Remont mostu w Łodzi',
      question: 'Kiedy zakończy się remont?',
      jurisdiction: 'PL',
    });
    const indicator = page.getByRole('region', { name: 'Sync status' });
    await indicator.getByRole('button', { name: 'Sync now' }).click();
    await indicator.getByText('Changes waiting to be sent: 0').waitFor();

    await apiCall(b, 'sync.login', { serverUrl: city.url, username: 'piotr', password: PASSWORD });
    await apiCall(b, 'sync.now', {});
    await page.goto(`${b.url}#/inquiries`);
    await page.getByRole('search', { name: 'Filters' }).getByLabel('Search').fill('lodz');
    await page.getByRole('link', { name: created.regNo }).waitFor();
    expect(await page.getByRole('table', { name: 'Inquiries register' }).textContent()).toContain(
      'Remont mostu w Łodzi',
    );
  });
});
