import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { notificationAudience } from './notification.audience.js';
import { markRead } from './notification.repository.js';
import { type NotificationView, notificationView } from './notifications.contract.js';

/**
 * Marks one notification read for its whole party (all staff of a merchant share one inbox). Someone else's
 * notification is reported as not found, so ids cannot be probed.
 */
export async function markNotificationRead(
  deps: AppDeps,
  opts: { actor: Actor; id: string },
): Promise<NotificationView> {
  const row = await markRead(deps.database.db, notificationAudience(opts.actor), opts.id, deps.clock.now());
  if (!row) throw new AppError('NOT_FOUND', { notificationId: opts.id });
  return notificationView(row);
}
