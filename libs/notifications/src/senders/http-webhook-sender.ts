import { Injectable } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../domain/private-address';
import { DeliveryError } from './delivery-error';
import { OutgoingWebhook, WebhookSender } from './webhook-sender';

/** A webhook gets this long to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Webhooks over node:http(s). The host is resolved first and every address it resolves to is
 * checked: loopback and private targets are refused (permanently) unless
 * NOTIFY_ALLOW_PRIVATE_TARGETS; the connection then goes to the address checked (no second lookup a
 * rebinding DNS server could answer differently). 2xx = sent; 4xx (but 408, 429) permanent; other
 * answers, timeouts and network errors transient.
 */
@Injectable()
export class HttpWebhookSender extends WebhookSender {
  constructor(private readonly config: AppConfig) {
    super();
  }

  async post(webhook: OutgoingWebhook): Promise<void> {
    const url = new URL(webhook.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: { address: string; family: number }[];
    try {
      addresses = await lookup(host, { all: true });
    } catch (error) {
      throw new DeliveryError(`cannot resolve ${host}: ${(error as Error).message}`, 'transient');
    }
    if (addresses.length === 0) throw new DeliveryError(`cannot resolve ${host}`, 'transient');
    if (!this.config.notifications.allowPrivateTargets && addresses.some((a) => isPrivateAddress(a.address))) {
      throw new DeliveryError(
        `${host} resolves to a loopback or private address (NOTIFY_ALLOW_PRIVATE_TARGETS is off)`,
        'permanent',
      );
    }
    const pinned = addresses[0];
    const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    const status = await new Promise<number>((resolve, reject) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(webhook.body),
            'user-agent': 'zdm-notifications',
            ...webhook.headers,
          },
          lookup: pinnedLookup,
          timeout: WEBHOOK_TIMEOUT_MS,
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS} ms`)));
      request.on('error', reject);
      request.end(webhook.body);
    }).catch((error: Error) => {
      throw new DeliveryError(`webhook: ${error.message}`, 'transient');
    });
    if (status >= 200 && status < 300) return;
    const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
    throw new DeliveryError(`webhook answered HTTP ${status}`, permanent ? 'permanent' : 'transient');
  }
}
