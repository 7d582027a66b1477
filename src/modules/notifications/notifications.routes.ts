// Thin handlers: validate, call one use case, present. Whose inbox it is comes from notification.audience.ts.
import type { RegisterRoutes } from '../../http/types.js';
import { listNotifications } from './list-notifications.js';
import { markNotificationRead } from './mark-notification-read.js';
import {
  ListNotificationsQuery,
  NotificationIdParams,
  NotificationList,
  NotificationView,
} from './notifications.contract.js';

const tags = ['notifications'];
const security: { [scheme: string]: string[] }[] = [{ session: [] }, { caseToken: [] }];

export const registerNotificationRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags,
        security,
        summary: "The caller's notifications, newest first",
        description:
          'Merchant staff see their merchant’s, mediators and regulators their organisation’s, a consumer its own and those of the cases whose tokens it presents.',
        querystring: ListNotificationsQuery,
        response: { 200: NotificationList },
      },
    },
    async (req) =>
      listNotifications(deps, {
        actor: req.actor,
        limit: req.query.limit,
        before: req.query.before,
        unreadOnly: req.query.unread === 'true',
      }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        security,
        summary: 'Mark a notification read (for everyone of the receiving party)',
        params: NotificationIdParams,
        response: { 200: NotificationView },
      },
    },
    async (req) => markNotificationRead(deps, { actor: req.actor, id: req.params.id }),
  );
};
