import { text } from './localized-text';

/** Notifications (spec §15): channels and deliveries. */
export const notificationsMessages = {
  invalidEmailTarget: (field: string) =>
    text(
      `${field}은(는) 이메일 주소(여러 개는 ',' 또는 ';'로 구분)여야 합니다.`,
      `${field} must be an email address (several separated by ',' or ';').`,
    ),
  invalidWebhookTarget: (field: string) =>
    text(`${field}은(는) http(s) URL이어야 합니다.`, `${field} must be an http(s) URL.`),
  webhookTargetWithCredentials: (field: string) =>
    text(
      `${field}에 사용자 이름이나 비밀번호를 넣을 수 없습니다. 서명 비밀(secret)을 사용하세요.`,
      `${field} must not carry a user name or password; the signing secret authenticates the sender.`,
    ),
  privateWebhookTarget: (field: string) =>
    text(
      `${field}은(는) 루프백 또는 사설 주소를 가리킬 수 없습니다 (NOTIFY_ALLOW_PRIVATE_TARGETS).`,
      `${field} must not point to a loopback or private address (NOTIFY_ALLOW_PRIVATE_TARGETS).`,
    ),
  secretOnlyForWebhooks: (field: string) =>
    text(`${field}은(는) webhook 채널에만 지정할 수 있습니다.`, `${field} is only for webhook channels.`),
  channelNotFound: (field: string, id: string) =>
    text(`알림 채널 '${id}'을(를) 찾을 수 없습니다 (${field}).`, `Notification channel '${id}' not found (${field}).`),
  invalidChannelId: (field: string) =>
    text(`${field}은(는) 양의 정수여야 합니다.`, `${field} must be a positive integer.`),
};
