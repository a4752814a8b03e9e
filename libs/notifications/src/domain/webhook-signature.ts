import { createHmac } from 'node:crypto';

/**
 * `X-ZDM-Signature` (spec §15): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the
 * channel's secret>`. A receiver recomputes it over the raw body and rejects an old `t`.
 */
export function webhookSignature(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
