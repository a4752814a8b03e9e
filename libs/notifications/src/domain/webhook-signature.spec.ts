import { webhookSignature } from './webhook-signature';

describe('webhookSignature', () => {
  // Expected values: printf '%s' "<t>.<body>" | openssl dgst -sha256 -hmac "<secret>"
  it.each([
    ['secret', 1764547200, '{}', 't=1764547200,v1=200173556ba180b304fa5bb088d6cb43ee582ce824b5c899f62afaa77ed55709'],
    [
      'secret',
      1764547200,
      '{"id":"1","type":"run.failed"}',
      't=1764547200,v1=4ffa5a5222a172c966495af77eb5975135982bdbfa259708ecc36d8290a20eb1',
    ],
    [
      'whsec-0123456789abcdef',
      1700000000,
      '{"a":1}',
      't=1700000000,v1=d77c78ac4da074c56908b55eac30358b2a7bfc573be4c76819af5102e8dcf939',
    ],
  ])('signs with %s at %i: %s', (secret, t, body, expected) => {
    expect(webhookSignature(secret, t, body)).toBe(expected);
  });
});
