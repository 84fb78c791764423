import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PatronageForm } from './PatronageForm';
import { fail, NOW, ok, patronage, renderInShell } from './test-harness';

const form = () => screen.getByRole('form', { name: 'New patronage application' });
const field = (name: string) => within(form()).getByLabelText(name);

async function fillRequired() {
  await userEvent.type(field('Applicant organisation'), 'Fundacja Rozwoju Sportu');
  await userEvent.type(field('Event title'), 'City Run 2027');
  await userEvent.type(field('Place'), 'Old Town');
  await userEvent.click(within(form()).getByRole('checkbox', { name: 'Honorary patronage of the Mayor' }));
}

describe('the patronage application form', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('registers an application with the office-zone times as UTC instants and opens it', async () => {
    const fake = renderInShell(<PatronageForm />, { 'patronage.create': () => ok(patronage()) });
    await fillRequired();
    await userEvent.type(field('Contact person'), 'Anna Nowak');
    await userEvent.type(field('Contact (phone or e-mail)'), 'anna@example.org');
    await userEvent.selectOptions(field('Scope of the event'), 'regional');
    await userEvent.type(field('Expected participants'), '800');
    await userEvent.click(
      within(form()).getByRole('checkbox', { name: 'A prize or diploma from the Mayor' }),
    );

    // 17 days ahead of an office rule of 30: the hint says it will be flagged.
    await userEvent.type(field('Event starts'), '2026-12-10T18:00');
    expect(
      screen.getByText(
        'Filed 17 days before the event; the office requires at least 30 days — it will be flagged as late.',
      ),
    ).toBeVisible();
    await userEvent.clear(field('Event starts'));
    // After the spring clock change Warsaw is UTC+2.
    await userEvent.type(field('Event starts'), '2027-04-10T10:00');
    await userEvent.type(field('Event ends'), '2027-04-11T18:30');
    expect(
      screen.getByText('Filed 138 days before the event; the office requires at least 30 days.'),
    ).toBeVisible();

    await userEvent.click(within(form()).getByRole('button', { name: 'Register the application' }));
    expect(fake.inputs('patronage.create')).toEqual([
      {
        applicantName: 'Fundacja Rozwoju Sportu',
        applicantOrganisationId: null,
        contactPerson: 'Anna Nowak',
        contact: 'anna@example.org',
        eventTitle: 'City Run 2027',
        eventStart: '2027-04-10T08:00:00.000Z',
        eventEnd: '2027-04-11T16:30:00.000Z',
        eventPlace: 'Old Town',
        scope: 'regional',
        audience: '',
        expectedParticipants: 800,
        requests: ['honorary_patronage', 'prize_or_diploma'],
        description: '',
        // The default "now": 10:00 in Warsaw (UTC+1 in November).
        receivedAt: NOW,
      },
    ]);
    expect(window.location.hash).toBe('#/patronage/pa1');
  });

  it('sends nothing without a request and shows the services’ field errors translated', async () => {
    const fake = renderInShell(<PatronageForm />, {
      'patronage.create': () => fail('VALIDATION', [{ path: 'eventEnd', message: 'eventTooLong' }]),
    });
    await userEvent.type(field('Applicant organisation'), 'Fundacja');
    await userEvent.type(field('Event title'), 'Summer');
    await userEvent.type(field('Place'), 'Park');
    await userEvent.type(field('Event starts'), '2027-06-01T10:00');
    await userEvent.type(field('Event ends'), '2027-12-01T10:00');
    await userEvent.click(within(form()).getByRole('button', { name: 'Register the application' }));
    expect(
      within(form()).getByRole('group', { name: 'What the applicant asks for' }),
    ).toHaveAccessibleDescription('Required.');
    expect(fake.inputs('patronage.create')).toEqual([]);

    await userEvent.click(within(form()).getByRole('checkbox', { name: 'Media patronage of the city' }));
    await userEvent.click(within(form()).getByRole('button', { name: 'Register the application' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent(
      'Please correct the marked fields. Nothing was saved.',
    );
    expect(field('Event ends')).toHaveAccessibleDescription('An event may last at most 92 days.');
    expect(fake.inputs('patronage.create')).toHaveLength(1);
    expect(window.location.hash).toBe('');
  });

  it('edits an application sending only the changed fields', async () => {
    const fake = renderInShell(<PatronageForm id="pa1" />, {
      'patronage.get': () =>
        ok({ now: NOW, application: patronage(), criteria: [], letters: [], canEdit: true }),
      'patronage.update': () => ok(patronage()),
    });
    const edit = await screen.findByRole('form', { name: 'Edit the patronage application' });
    const place = within(edit).getByLabelText('Place');
    expect(place).toHaveValue('Old Town');
    expect(within(edit).getByLabelText('Event starts')).toHaveValue('2027-03-14T10:00');
    await userEvent.clear(place);
    await userEvent.type(place, 'Market Square');
    await userEvent.clear(within(edit).getByLabelText('Event ends'));
    await userEvent.type(within(edit).getByLabelText('Event ends'), '2027-03-14T17:00');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(fake.inputs('patronage.update')).toEqual([
      { id: 'pa1', eventPlace: 'Market Square', eventEnd: '2027-03-14T16:00:00.000Z' },
    ]);
    expect(window.location.hash).toBe('#/patronage/pa1');
  });
});
