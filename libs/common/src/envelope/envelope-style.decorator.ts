import { SetMetadata } from '@nestjs/common';
import { TimestampStyle } from '../time/timestamp';

export const ENVELOPE_STYLE = 'zdm:envelope-style';

/**
 * Per-route envelope style. The API default is `timestamp: 'local'` and `error` as a string; the
 * images route's seed uses ISO-UTC timestamps and `error: { code, message }`.
 */
export interface EnvelopeStyleOptions {
  timestamp: TimestampStyle;
  errorForm: 'string' | 'object';
}

export const DEFAULT_ENVELOPE_STYLE: EnvelopeStyleOptions = { timestamp: 'local', errorForm: 'string' };

export const EnvelopeStyle = (style: EnvelopeStyleOptions) => SetMetadata(ENVELOPE_STYLE, style);
