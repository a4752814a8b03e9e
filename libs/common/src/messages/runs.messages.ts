import { text } from './localized-text';

/** Runs, the scheduler and the agent side of runs (spec §7, §8). Each message names its field. */
export const runsMessages = {
  jobAlreadyRunning: (field: string, name: string, runId: number, state: string) =>
    text(
      `${field}: 작업 '${name}'에 아직 끝나지 않은 실행(#${runId}, ${state})이 있습니다.`,
      `${field}: job '${name}' already has an active run (#${runId}, ${state}).`,
    ),
  idempotencyKeyReused: (field: string, runId: number) =>
    text(
      `${field}: 이 키는 다른 요청 본문으로 이미 실행(#${runId})을 만들었습니다. 새 요청에는 새 키를 사용하세요.`,
      `${field}: this key already made run #${runId} with another request body; use a new key for a new request.`,
    ),
  jobNotRunning: (field: string, name: string) =>
    text(`${field}: 작업 '${name}'에 진행 중인 실행이 없습니다.`, `${field}: job '${name}' has no active run.`),
  runNotFound: (field: string, id: number | string) =>
    text(`${field}: 실행 '${id}'을(를) 찾을 수 없습니다.`, `${field}: run '${id}' was not found.`),
  runAlreadyDone: (field: string, id: number, result: string) =>
    text(
      `${field}: 실행 #${id}은(는) 이미 끝났습니다. (${result})`,
      `${field}: run #${id} has already ended (${result}).`,
    ),
  runNotClaimed: (field: string, id: number) =>
    text(`${field}: 실행 #${id}은(는) 아직 시작되지 않았습니다.`, `${field}: run #${id} has not been claimed yet.`),
  runNotQueued: (field: string, id: number) =>
    text(`${field}: 실행 #${id}은(는) 대기 중이 아닙니다.`, `${field}: run #${id} is not queued.`),
  runNotOwned: (field: string, id: number) =>
    text(
      `${field}: 실행 #${id}은(는) 이 에이전트에 할당되지 않았습니다.`,
      `${field}: run #${id} is not claimed by this agent.`,
    ),
  invalidDateTime: (field: string) =>
    text(
      `${field}은(는) 'YYYY-MM-DD HH:mm:ss' 또는 ISO-8601 날짜/시각이어야 합니다.`,
      `${field} must be a 'YYYY-MM-DD HH:mm:ss' or ISO-8601 date-time.`,
    ),
  nothingToVerify: (field: string, job: string) =>
    text(
      `${field}: 작업 '${job}'에 검증할 복원 지점이 없습니다.`,
      `${field}: job '${job}' has no restore point to verify.`,
    ),
  pointNotFound: (field: string, image: string, job: string) =>
    text(
      `${field}: 작업 '${job}'에 이미지 '${image}'의 복원 지점이 없습니다.`,
      `${field}: job '${job}' has no restore point of image '${image}'.`,
    ),
  imagesOnlyForVerify: (field: string) =>
    text(`${field}: 검증 실행만 이미지별 결과를 보고합니다.`, `${field}: only a verify run reports images.`),
  verifyImagesRequired: (field: string) =>
    text(
      `${field}: 성공한 검증 실행은 검증한 이미지를 보고해야 합니다.`,
      `${field}: a successful verify run must report the images it verified.`,
    ),
  verifyImagesTwice: (field: string, images: string[]) =>
    text(
      `${field}: 두 번 보고된 이미지: ${images.join(', ')}`,
      `${field}: images reported twice: ${images.join(', ')}`,
    ),
  verifyResultContradicts: (field: string, images: string[]) =>
    text(
      `${field}: 결과가 success인데 정상이 아닌 이미지가 있습니다: ${images.join(', ')}`,
      `${field}: result success while these images are not ok: ${images.join(', ')}`,
    ),
  verifyImagesNotInChain: (field: string, runId: number, images: string[]) =>
    text(
      `${field}: 실행 #${runId}의 검증 대상 체인에 없는 이미지: ${images.join(', ')}`,
      `${field}: not in the chain run #${runId} was claimed with: ${images.join(', ')}`,
    ),
};
