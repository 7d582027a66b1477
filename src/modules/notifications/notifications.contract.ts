// Request and response shapes of the notification API (validation and OpenAPI).
import { z } from 'zod';
import { RECIPIENT_KINDS } from './notification.channel.js';
import type { NotificationRow } from './notification.repository.js';

export const ListNotificationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Keyset pagination: notifications older than this id (the previous page's nextBefore). */
  before: z.uuid().optional(),
  unread: z.enum(['true', 'false']).optional(),
});

export const NotificationIdParams = z.strictObject({ id: z.uuid() });

export const NotificationView = z.object({
  id: z.uuid(),
  type: z.string().meta({ description: 'The event type, e.g. case.offer_made' }),
  recipient: z.object({ kind: z.enum(RECIPIENT_KINDS), id: z.uuid() }),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  caseStatus: z.string().nullable(),
  title: z.object({ 'zh-CN': z.string(), en: z.string() }),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationList = z.object({
  items: z.array(NotificationView),
  nextBefore: z.uuid().nullable(),
  unreadCount: z.number().int(),
});

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function notificationView(n: NotificationRow): NotificationView {
  return {
    id: n.id,
    type: n.type,
    recipient: { kind: n.recipientKind as NotificationView['recipient']['kind'], id: n.recipientId },
    caseId: n.caseId,
    caseNumber: str(n.data.number),
    caseStatus: str(n.data.status),
    title: { 'zh-CN': n.titleZh, en: n.titleEn },
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
