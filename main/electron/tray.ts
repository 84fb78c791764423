/**
 * The tray icon: always there while the app runs, its tooltip (and, on macOS, the text beside it)
 * says how many items are overdue or due today, and a click (or its menu) brings the window up on the
 * Today screen.
 * The dock/taskbar badge (reminders.ts) shows the same number where the system has one.
 */
interface TrayLike {
  setToolTip(text: string): void;
  setTitle?(title: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): void;
}

interface MenuItem {
  label: string;
  click: () => void;
}

export interface TrayDeps {
  Tray: new (iconPath: string) => TrayLike;
  /** Electron's Menu (its buildFromTemplate): the tray's right-click menu. */
  Menu: { buildFromTemplate(items: MenuItem[]): unknown };
  iconPath: string;
  /** The office language's texts: `count` has `{{count}}` in it. */
  texts: () => { count: string; none: string; open: string; quit: string };
  openToday: () => void;
  quit: () => void;
}

export interface AppTray {
  setCount(count: number): void;
}

export function createTray(deps: TrayDeps): AppTray {
  const tray = new deps.Tray(deps.iconPath);
  tray.on('click', deps.openToday);
  // Some Linux desktops show only the menu, never a click: "Today" must be reachable from it.
  tray.setContextMenu(
    deps.Menu.buildFromTemplate([
      { label: deps.texts().open, click: deps.openToday },
      { label: deps.texts().quit, click: deps.quit },
    ]),
  );
  const setCount = (count: number) => {
    const texts = deps.texts();
    tray.setToolTip(count > 0 ? texts.count.replace('{{count}}', String(count)) : texts.none);
    tray.setTitle?.(count > 0 ? String(count) : '');
  };
  setCount(0);
  return { setCount };
}
