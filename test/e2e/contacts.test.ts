/**
 * The contact directory through the UI, in English, the browser in New York time: an outlet and its
 * journalist entered through the contact form; the journalist picked from the directory in a new inquiry
 * (the form fills in the name, the outlet, its type and the e-mail); the inquiry in the History of both
 * the journalist and the outlet, linking to it; two records with the same e-mail found and merged, the
 * kept record holding every e-mail; and the person's data exported as JSON (GDPR art. 15).
 *
 * The tests in this file run in order and share the records they build up.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useEnglishOffice, type RunningServer } from './harness';
import { download, eventually, fact } from './ui';

const OUTLET = 'Gazeta Kielecka';
const JOURNALIST = 'Katarzyna Nowicka';
const JOURNALIST_EMAIL = 'k.nowicka@gazeta-kielecka.example';
const SUBJECT = 'Remont dworca autobusowego — harmonogram prac';
const SHARED_EMAIL = 'p.zajac@radio.example';

interface NewContact {
  organisation?: { name: string; category: string; outletType: string };
  person?: { givenName: string; familyName: string; linkedTo?: string };
  emails: string[];
}

describe('contacts (browser mode, English UI)', () => {
  let server: RunningServer;
  let page: Page;
  const ids: Record<string, string> = {};
  let inquiryId = '';
  let regNo = '';
  useEnglishOffice({ now: '2026-05-12T09:00:00+02:00' }, (office) => ({ server, page } = office));

  const hashId = () => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

  /** Fills the contact form and saves; returns the new record's id (its page is open). */
  async function createContact(contact: NewContact): Promise<string> {
    await page.goto(`${server.url}#/contacts`);
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.getByRole('link', { name: 'New contact' }).click();
    const form = page.getByRole('form', { name: 'New contact' });
    await form.waitFor();
    let name = '';
    if (contact.organisation) {
      const o = contact.organisation;
      await form.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: 'Organisation' }).check();
      await form.getByLabel('Category', { exact: true }).selectOption({ label: o.category });
      await form.getByLabel('Outlet type', { exact: true }).selectOption({ label: o.outletType });
      await form.getByLabel('Organisation name', { exact: true }).fill(o.name);
      name = o.name;
    }
    if (contact.person) {
      const p = contact.person;
      await form.getByLabel('Given name', { exact: true }).fill(p.givenName);
      await form.getByLabel('Family name', { exact: true }).fill(p.familyName);
      if (p.linkedTo)
        await form.getByLabel('Linked organisation', { exact: true }).selectOption({ label: p.linkedTo });
      name = `${p.givenName} ${p.familyName}`;
    }
    for (const [i, email] of contact.emails.entries()) {
      await form.getByRole('button', { name: 'Add an e-mail' }).click();
      await form.getByLabel(`E-mail ${i + 1}`, { exact: true }).fill(email);
    }
    await form.getByRole('button', { name: 'Save the contact' }).click();
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    const id = hashId();
    expect(id).not.toBe('');
    return id;
  }

  it('enters an outlet and a journalist linked to it through the contact form', async () => {
    ids.outlet = await createContact({
      organisation: { name: OUTLET, category: 'Media outlet', outletType: 'Daily' },
      emails: ['redakcja@gazeta-kielecka.example'],
    });
    expect(await fact(page, 'Category').textContent()).toBe('Media outlet, Daily');

    ids.journalist = await createContact({
      person: { givenName: 'Katarzyna', familyName: 'Nowicka', linkedTo: OUTLET },
      emails: [JOURNALIST_EMAIL],
    });
    expect(await fact(page, 'Category').textContent()).toBe('Journalist');
    await fact(page, 'Organisation').getByRole('link', { name: OUTLET }).click();
    await page.getByRole('heading', { level: 1, name: OUTLET }).waitFor();
    const people = page.getByRole('region', { name: 'People' });
    await eventually(() => people.getByRole('link', { name: JOURNALIST }).count()).toBe(1);
  });

  it('picks the journalist from the directory into a new inquiry', async () => {
    await page.goto(`${server.url}#/inquiries/new`);
    await page.getByRole('heading', { level: 1, name: 'New inquiry' }).waitFor();
    await page.getByRole('combobox', { name: 'Journalist or outlet from contacts' }).fill('nowick');
    await page.getByRole('option', { name: `${JOURNALIST} — ${OUTLET}` }).click();
    await page.getByText(`From contacts: ${JOURNALIST}`).waitFor();
    // The form takes the name, the linked outlet, the outlet's type and the e-mail from the directory.
    expect(await page.getByLabel('Journalist', { exact: true }).inputValue()).toBe(JOURNALIST);
    expect(await page.getByLabel('Outlet', { exact: true }).inputValue()).toBe(OUTLET);
    expect(await page.getByLabel('Outlet type', { exact: true }).inputValue()).toBe('daily');
    expect(await page.getByLabel('Contact', { exact: true }).inputValue()).toBe(JOURNALIST_EMAIL);

    await page.getByLabel('Subject').fill(SUBJECT);
    await page.getByLabel('Question').fill('Kiedy zakończy się remont i jakie są objazdy?');
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`: ${SUBJECT}$`) });
    await heading.waitFor();
    inquiryId = hashId();
    regNo = ((await heading.textContent()) ?? '').split(':')[0]!;
    expect(regNo).toMatch(/^BP\.1431\.\d+\.2026$/);
  });

  it('lists the inquiry in the History of the journalist and of the outlet, linking to it', async () => {
    for (const id of [ids.journalist!, ids.outlet!]) {
      await page.goto(`${server.url}#/contacts/${encodeURIComponent(id)}`);
      const history = page.getByRole('region', { name: 'History' });
      const inquiries = history.getByRole('region', { name: 'Inquiries' });
      const link = inquiries.getByRole('link', { name: `${regNo} — ${SUBJECT}` });
      await eventually(() => link.count()).toBe(1);
      await link.click();
      await page.getByRole('heading', { level: 1, name: `${regNo}: ${SUBJECT}` }).waitFor();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/inquiries/${inquiryId}`);
    }
  });

  it('finds two records with the same e-mail and merges them, keeping every e-mail', async () => {
    ids.first = await createContact({
      person: { givenName: 'Piotr', familyName: 'Zając' },
      emails: [SHARED_EMAIL, 'piotr.zajac@poczta.example'],
    });
    ids.second = await createContact({
      person: { givenName: 'Piotr', familyName: 'Zając-Kowal' },
      emails: ['P.Zajac@Radio.example', 'newsroom@radio.example'],
    });

    await page.goto(`${server.url}#/contacts`);
    await page.getByRole('link', { name: 'Find duplicates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
    const group = page.getByRole('region', { name: 'Piotr Zając / Piotr Zając-Kowal' });
    await group.waitFor();
    expect(await group.textContent()).toContain(`same e-mail: ${SHARED_EMAIL}`);
    expect(await page.getByRole('region', { name: new RegExp(JOURNALIST) }).count()).toBe(0);

    await group.getByRole('radio', { name: 'Keep Piotr Zając', exact: true }).check();
    await group.getByRole('button', { name: 'Preview merge' }).click();
    const preview = group.getByRole('region', { name: 'The merged record' });
    await eventually(() => preview.textContent()).toContain('newsroom@radio.example');
    await group.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Merged into Piotr Zając.' }).waitFor();
    await eventually(() => group.count()).toBe(0);

    await page.goto(`${server.url}#/contacts/${encodeURIComponent(ids.first)}`);
    await page.getByRole('heading', { level: 1, name: 'Piotr Zając', exact: true }).waitFor();
    const emails = fact(page, 'E-mails').getByRole('link');
    expect((await emails.allTextContents()).sort()).toEqual(
      [SHARED_EMAIL, 'newsroom@radio.example', 'piotr.zajac@poczta.example'].sort(),
    );
    // The other record is gone from the directory.
    await page.goto(`${server.url}#/contacts`);
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Zając');
    await eventually(() => page.getByRole('status').filter({ hasText: 'found' }).textContent()).toBe(
      '1 contact found.',
    );
  });

  it('exports the journalist’s personal data as JSON with their name and history', async () => {
    await page.goto(`${server.url}#/contacts/${encodeURIComponent(ids.journalist!)}`);
    await page.getByRole('heading', { level: 1, name: JOURNALIST }).waitFor();
    const file = await download(page, page.getByRole('button', { name: 'Export personal data' }));
    expect(file.fileName).toMatch(/\.json$/);
    const text = file.bytes.toString('utf8');
    const data = JSON.parse(text) as { contact: { displayName: string } };
    expect(data.contact.displayName).toBe(JOURNALIST);
    expect(text).toContain(JOURNALIST_EMAIL);
    expect(text).toContain(SUBJECT);
  });
});
