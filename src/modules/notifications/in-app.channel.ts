import type { FastifyBaseLogger } from 'fastify';
import { uuidv7 } from '../../lib/ids.js';
import type { NotificationChannel } from './notification.channel.js';
import { insertNotifications } from './notification.repository.js';
import { notificationTitle } from './notification.titles.js';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The working local channel: one inbox row per party, written in the dispatch transaction, and a log line.
 * The row keeps only what the inbox shows (number, status, tier) — not the event's whole payload — so a
 * party's inbox never holds more about the case than a line needs.
 */
export function createInAppChannel(log: FastifyBaseLogger): NotificationChannel {
  return {
    name: 'in-app',
    async deliver(tx, event, recipients) {
      if (recipients.length === 0) return;
      const p = event.payload;
      const number = str(p.number);
      const title = notificationTitle(event.type, number);
      const data = { number, status: str(p.status), previousStatus: str(p.previousStatus), tier: str(p.tier) };
      const created = await insertNotifications(
        tx,
        recipients.map((r) => ({
          id: uuidv7(event.createdAt.getTime()),
          regionId: event.regionId,
          recipientKind: r.kind,
          recipientId: r.id,
          caseId: event.caseId,
          eventId: event.id,
          type: event.type,
          data,
          titleZh: title.zh,
          titleEn: title.en,
          createdAt: event.createdAt,
        })),
      );
      log.info(
        { notification: { eventId: event.id, type: event.type, recipients: recipients.map((r) => r.kind), created } },
        `notification: ${title.zh}`,
      );
    },
  };
}
