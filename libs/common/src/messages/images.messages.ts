import { text } from './localized-text';

/**
 * Backup images (spec §6). Seed strings verbatim.
 */
export const imagesMessages = {
  /** 500 — seed: `백업 이미지 조회 실패: Command failed...` */
  listFailed: (reason: string) =>
    text(`백업 이미지 조회 실패: ${reason}`, `Failed to retrieve backup images: ${reason}`),
  /** 400 — seed verbatim. */
  serverNameRequired: () => text('서버 이름(serverName)이 필요합니다.', 'serverName is required.'),
  serverNameTooLong: (max: number) =>
    text(`서버 이름(serverName)은 ${max}자 이하여야 합니다.`, `serverName must be at most ${max} characters.`),
  repositoryUnavailable: (path: string, code: string) =>
    text(`백업 저장소에 접근할 수 없습니다: ${path} (${code})`, `backup repository not accessible: ${path} (${code})`),
};
