import { describe, expect, it, vi } from 'vitest';
import { createTray } from './tray';

describe('the tray icon', () => {
  it('shows the count of overdue and today’s items and opens Today on click', () => {
    const made: { icon: string; tooltip: string; title: string; click?: () => void }[] = [];
    class Tray {
      state = { icon: '', tooltip: '', title: '', click: undefined as undefined | (() => void) };
      constructor(icon: string) {
        this.state.icon = icon;
        made.push(this.state);
      }
      setToolTip(text: string) {
        this.state.tooltip = text;
      }
      setTitle(title: string) {
        this.state.title = title;
      }
      on(_event: 'click', listener: () => void) {
        this.state.click = listener;
      }
      setContextMenu(menu: unknown) {
        menus.push(menu as { label: string; click: () => void }[]);
      }
    }
    const menus: { label: string; click: () => void }[][] = [];
    const Menu = { buildFromTemplate: (items: { label: string; click: () => void }[]) => items };
    const quit = vi.fn();
    const openToday = vi.fn();
    const tray = createTray({
      Tray,
      Menu,
      iconPath: '/app/resources/icon.png',
      texts: () => ({
        count: 'PressDesk — po terminie lub na dziś: {{count}}',
        none: 'PressDesk — nic na dziś',
        open: 'Otwórz „Dziś”',
        quit: 'Zakończ',
      }),
      openToday,
      quit,
    });
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      icon: '/app/resources/icon.png',
      tooltip: 'PressDesk — nic na dziś',
      title: '',
    });
    tray.setCount(3);
    expect(made[0]).toMatchObject({ tooltip: 'PressDesk — po terminie lub na dziś: 3', title: '3' });
    made[0]!.click!();
    expect(openToday).toHaveBeenCalledOnce();
    const [menu] = menus;
    expect(menu?.map((item) => item.label)).toEqual(['Otwórz „Dziś”', 'Zakończ']);
    menu![0]!.click();
    menu![1]!.click();
    expect(openToday).toHaveBeenCalledTimes(2);
    expect(quit).toHaveBeenCalledOnce();
  });
});
