// The notifications module's public face: other modules and the app import only from here.

export { createInAppChannel } from './in-app.channel.js';
export {
  type DispatchedEvent,
  type NotificationChannel,
  type NotificationRecipient,
  type RecipientKind,
  recipientsOf,
} from './notification.channel.js';
export { notificationTitle } from './notification.titles.js';
export { registerNotificationRoutes } from './notifications.routes.js';
