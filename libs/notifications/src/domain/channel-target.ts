import { ChannelType } from './notification-event';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Why a channel's target is refused, or its normalized form. */
export type TargetCheck =
  { ok: true; target: string } | { ok: false; reason: 'invalid-email' | 'invalid-url' | 'url-credentials' };

/**
 * An email channel's target: addresses separated by `,` or `;` (normalized to `a@x, b@y`). A
 * webhook's: an absolute http(s) URL without user name or password (the signature authenticates).
 */
export function checkChannelTarget(type: ChannelType, target: string): TargetCheck {
  if (type === 'email') {
    const addresses = target
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (addresses.length === 0 || !addresses.every((a) => EMAIL.test(a))) return { ok: false, reason: 'invalid-email' };
    return { ok: true, target: addresses.join(', ') };
  }
  let url: URL;
  try {
    url = new URL(target.trim());
  } catch {
    return { ok: false, reason: 'invalid-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'invalid-url' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'url-credentials' };
  return { ok: true, target: url.toString() };
}
