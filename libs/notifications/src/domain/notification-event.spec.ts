import { mailAddresses, mailedToJobAddresses, NotificationEventType } from './notification-event';

describe('mailAddresses', () => {
  it.each<[string | null, string[]]>([
    [null, []],
    ['', []],
    ['ops@example.com', ['ops@example.com']],
    ['a@x.com; B@y.com,c@z.com', ['a@x.com', 'b@y.com', 'c@z.com']],
    ['a@x.com, A@X.com ;', ['a@x.com']],
  ])('%j → %j', (value, expected) => {
    expect(mailAddresses(value)).toEqual(expected);
  });
});

describe('mailedToJobAddresses', () => {
  it.each<[NotificationEventType, boolean]>([
    ['run.failed', true],
    ['run.lost', true],
    ['run.missed', true],
    ['run.succeeded', false],
  ])('%s → %s', (type, expected) => {
    expect(mailedToJobAddresses(type)).toBe(expected);
  });
});
