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
  /** Why a restore point is not restorable (spec §13), by the first link that fails. */
  pointNoFull: () => text('앞선 전체 백업이 없음', 'no full image before it'),
  pointCorrupt: (image: string) => text(`${image}: 검증 결과 손상됨`, `${image} is corrupt (verification)`),
  pointMissing: (image: string) => text(`${image}: 검증 시 파일 없음`, `${image} is missing (verification)`),
  pointFailedRun: (image: string, runId: number) =>
    text(`${image}: 실패한 실행 ${runId}이 만든 이미지`, `${image} was written by failed run ${runId}`),
  pointInProgress: (image: string, runId: number) =>
    text(`${image}: 실행 ${runId} 진행 중`, `${image} belongs to run ${runId}, still in progress`),
  pointNotVerified: (image: string) =>
    text(
      `${image}: 이 작업의 실행이 만든 이미지가 아니며 검증되지 않음`,
      `${image} was not written by this job's runs and is not verified`,
    ),
  imageNotFound: (field: string, reference: string) =>
    text(`${field}: 이미지를 찾을 수 없습니다: ${reference}`, `${field}: no image ${reference}`),
  imageAmbiguous: (field: string, paths: string[]) =>
    text(
      `${field}: 같은 이름의 이미지 파일이 여럿입니다 (카탈로그 id로 지정): ${paths.join(', ')}`,
      `${field}: several image files have that name (use the catalog id): ${paths.join(', ')}`,
    ),
  imageProtected: (field: string, name: string) =>
    text(`${field}: 보호된 이미지는 삭제할 수 없습니다: ${name}`, `${field}: ${name} is protected`),
  imageNeeded: (field: string, name: string, neededBy: string[]) =>
    text(
      `${field}: ${name}은(는) 다음 복원 지점에 필요합니다: ${neededBy.join(', ')}`,
      `${field}: ${name} is needed to restore ${neededBy.join(', ')}`,
    ),
};
