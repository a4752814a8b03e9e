/** One email to send. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  /** Stable per delivery (`<delivery-<id>@zdm>`) so a receiver can drop a repeat. */
  messageId: string;
  /** Extra headers (`X-ZDM-Event`, `X-ZDM-Delivery`). */
  headers: Record<string, string>;
}

/**
 * Sends email (port; tests may replace it). Answers where it went (`smtp` or `file`); throws a
 * DeliveryError when it did not.
 */
export abstract class MailSender {
  abstract send(mail: OutgoingMail): Promise<{ sentTo: string }>;
}
