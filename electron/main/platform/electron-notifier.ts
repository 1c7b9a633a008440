/**
 * Desktop alerts for the authority's notices through Electron's Notification: a new or corrected
 * `action-required` notice that concerns one of this operator's venues. Clicking one brings the console
 * forward on that notice. Notifications are kept referenced until closed or clicked (an Electron
 * notification that is garbage-collected loses its click).
 */
import { Notification } from 'electron';
import type { NoticeAlert, Notifier } from '../../../services/notices/notice-center';

/** The text of an alert: both languages, the venues concerned (at most three named). */
export function alertText(alert: NoticeAlert): { title: string; body: string } {
  const prefix = alert.corrected ? 'Corrected notice 更正通告' : 'Action required 須採取行動';
  const venues = alert.venues.length > 3 ? `${alert.venues.slice(0, 3).join(', ')} +${alert.venues.length - 3}` : alert.venues.join(', ');
  return { title: `${prefix}: ${alert.title.en}`, body: `${alert.title.zh}\n${venues}` };
}

/** A notifier over Electron's Notification (silently does nothing where the desktop has no notifications). */
export function electronNotifier(): Notifier {
  const live = new Set<Notification>();
  return {
    notify: (alert, onClick) => {
      if (!Notification.isSupported()) return;
      const n = new Notification({ ...alertText(alert), urgency: 'critical' });
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        onClick();
      });
      n.on('close', () => live.delete(n));
      n.show();
    },
  };
}
