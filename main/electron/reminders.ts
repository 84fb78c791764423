/**
 * Electron's side of reminders: a desktop notification per reminder (clicking it shows the record) and
 * the count of overdue and today's items on the dock/taskbar badge. Browser mode does the same with
 * Web Notifications and the tab title (renderer/app/ReminderBanner.tsx).
 */
import type { AppEvent } from '../../core/api/contract';

interface NotificationLike {
  show(): void;
  on(event: 'click', listener: () => void): void;
}
export interface ElectronReminderDeps {
  Notification: { isSupported(): boolean; new (options: { title: string; body: string }): NotificationLike };
  setBadgeCount: (count: number) => void;
  /** Title of the notification in the office's language. */
  title: () => string;
  open: (link: { route: string; id?: string }) => void;
}

export function showReminders(event: AppEvent, deps: ElectronReminderDeps): void {
  if (event.type !== 'reminders') return;
  deps.setBadgeCount(event.badge);
  // Some Linux desktops have no notification daemon: the badge and the Today screen still show it.
  if (!deps.Notification?.isSupported?.()) return;
  for (const reminder of event.fire) {
    const notification = new deps.Notification({ title: deps.title(), body: reminder.title });
    notification.on('click', () => deps.open(reminder.link));
    notification.show();
  }
}
