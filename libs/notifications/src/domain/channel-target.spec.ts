import { ChannelType } from './notification-event';
import { checkChannelTarget, TargetCheck } from './channel-target';

describe('checkChannelTarget', () => {
  it.each<[ChannelType, string, TargetCheck]>([
    ['email', 'ops@example.com', { ok: true, target: 'ops@example.com' }],
    ['email', ' a@example.com; b@example.org ,', { ok: true, target: 'a@example.com, b@example.org' }],
    ['email', 'not-an-address', { ok: false, reason: 'invalid-email' }],
    ['email', 'a@example.com, nope', { ok: false, reason: 'invalid-email' }],
    ['email', ' ; ', { ok: false, reason: 'invalid-email' }],
    ['webhook', 'https://hooks.example.com/zdm', { ok: true, target: 'https://hooks.example.com/zdm' }],
    ['webhook', 'http://hooks.example.com:8080', { ok: true, target: 'http://hooks.example.com:8080/' }],
    ['webhook', 'ftp://hooks.example.com/', { ok: false, reason: 'invalid-url' }],
    ['webhook', 'hooks.example.com/zdm', { ok: false, reason: 'invalid-url' }],
    ['webhook', 'https://user:pass@hooks.example.com/', { ok: false, reason: 'url-credentials' }],
    ['webhook', 'https://token@hooks.example.com/', { ok: false, reason: 'url-credentials' }],
  ])('%s %j', (type, target, expected) => {
    expect(checkChannelTarget(type, target)).toEqual(expected);
  });
});
