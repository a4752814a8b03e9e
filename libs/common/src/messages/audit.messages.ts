import { text } from './localized-text';

/** The audit log (spec §12). */
export const auditMessages = {
  invalidTime: (field: string) =>
    text(
      `${field}은(는) ISO-8601 시각 또는 'YYYY-MM-DD HH:mm:ss' 형식이어야 합니다.`,
      `${field} must be an ISO-8601 time or 'YYYY-MM-DD HH:mm:ss'.`,
    ),
};
