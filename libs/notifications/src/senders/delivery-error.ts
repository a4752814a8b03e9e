import { FailureKind } from '../domain/delivery-schedule';

/** A send that did not succeed: `permanent` when trying again cannot help (4xx, SMTP 5xx, refused target). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
  ) {
    super(message);
  }
}
