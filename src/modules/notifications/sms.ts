import type { FastifyBaseLogger } from 'fastify';

// The SMS gateway is a true outside edge: an adapter with a local implementation that writes to the log.
export type SmsSender = { send(phone: string, text: string): Promise<void> };

export function createLogSms(log: FastifyBaseLogger): SmsSender & { sent: { phone: string; text: string }[] } {
  const sent: { phone: string; text: string }[] = [];
  return {
    sent,
    async send(phone, text) {
      sent.push({ phone, text });
      if (sent.length > 100) sent.shift();
      log.info({ sms: { to: phone, text } }, 'SMS (log adapter)');
    },
  };
}
