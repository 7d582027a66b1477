import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { notificationAudience } from './notification.audience.js';
import { countUnread, listNotifications as listRows } from './notification.repository.js';
import { type NotificationView, notificationView } from './notifications.contract.js';

/** The caller's own inbox (their merchant's, their organisation's, or their own and their token cases'), newest first. */
export async function listNotifications(
  deps: AppDeps,
  opts: { actor: Actor; limit: number; before?: string; unreadOnly?: boolean },
): Promise<{ items: NotificationView[]; nextBefore: string | null; unreadCount: number }> {
  const audience = notificationAudience(opts.actor);
  const db = deps.database.db;
  const rows = await listRows(db, audience, { limit: opts.limit, before: opts.before, unreadOnly: opts.unreadOnly });
  const unreadCount = await countUnread(db, audience);
  return {
    items: rows.map(notificationView),
    nextBefore: rows.length === opts.limit ? rows.at(-1)!.id : null,
    unreadCount,
  };
}
