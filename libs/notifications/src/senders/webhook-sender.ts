/** One webhook call: POST `body` (JSON) to `url` with `headers`. */
export interface OutgoingWebhook {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Posts webhooks (port; tests may replace it). Resolves on a 2xx; throws a DeliveryError otherwise. */
export abstract class WebhookSender {
  abstract post(webhook: OutgoingWebhook): Promise<void>;
}
