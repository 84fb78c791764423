import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderLetters } from './test-harness';

describe('the letters page', () => {
  it('has three tabs that keep what was typed and move with the arrow keys', async () => {
    renderLetters();
    expect(await screen.findByRole('heading', { level: 1, name: 'Letters' })).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['Produce', 'Templates', 'Register']);
    expect(screen.getByRole('tab', { name: 'Produce' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.type(screen.getByRole('textbox', { name: 'Subject' }), 'Dni Miasta');

    await userEvent.click(screen.getByRole('tab', { name: 'Templates' }));
    expect(screen.getByRole('tabpanel', { name: 'Templates' })).toBeVisible();
    expect(screen.queryByRole('tabpanel', { name: 'Produce' })).not.toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Register' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Register' })).toBeVisible();

    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('textbox', { name: 'Subject' })).toHaveValue('Dni Miasta');
  });
});
