import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../api/client';
import { fakeTransport } from '../testing/fake-transport';
import { App } from './App';

describe('App shell', () => {
  beforeEach(() => {
    window.location.hash = '#/inquiries';
  });

  it('has a main navigation landmark whose first link is "Today", the home screen', async () => {
    window.location.hash = '';
    setTransport(fakeTransport().transport);
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('Today');
    expect(links[0]).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
  });

  it('opens the inquiries from the navigation', async () => {
    setTransport(fakeTransport().transport);
    render(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    const links = within(nav).getAllByRole('link');
    expect(links[1]).toHaveAccessibleName('Inquiries');
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: "Journalists' inquiries" })).toBeInTheDocument();
  });

  it('switches the language at run time and saves the choice', async () => {
    const fake = fakeTransport();
    setTransport(fake.transport);
    render(<App />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'uk');
    expect(await screen.findByRole('navigation', { name: 'Головна навігація' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Запити' })).toBeInTheDocument();
    expect(fake.settings().office.language).toBe('uk');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Мова' }), 'en');
    expect(await screen.findByRole('link', { name: 'Inquiries' })).toBeInTheDocument();
  });
});
