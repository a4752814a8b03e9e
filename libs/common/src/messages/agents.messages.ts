import { text } from './localized-text';

/** Agents and the agent protocol (spec §8), retention (spec §9). */
export const agentsMessages = {
  agentNotFound: (field: string, value: string) =>
    text(`${field}: 에이전트 '${value}'을(를) 찾을 수 없습니다.`, `${field}: agent '${value}' was not found.`),
  agentTokenNotAllowed: () =>
    text(
      '에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.',
      'An agent token cannot be used on this route: use a user token.',
    ),
  userTokenNotAllowed: () =>
    text(
      '에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.',
      'Agent routes (/api/agent/…) need an agent token.',
    ),
  agentTokenInvalid: () =>
    text('유효하지 않거나 폐기된 에이전트 토큰입니다.', 'The agent token is invalid or has been revoked.'),
  runNotFound: (id: string) => text(`id: 실행 '${id}'을(를) 찾을 수 없습니다.`, `id: run '${id}' was not found.`),
  runNotHeld: (id: string) =>
    text(`id: 실행 '${id}'은(는) 이 에이전트가 맡은 실행이 아닙니다.`, `id: run '${id}' is not held by this agent.`),
  runAlreadyDone: (id: string, result: string) =>
    text(
      `id: 실행 '${id}'은(는) 이미 '${result}'(으)로 끝났습니다.`,
      `id: run '${id}' has already ended with '${result}'.`,
    ),
  runLimitReached: (max: number) =>
    text(
      `이 에이전트는 이미 최대 실행 수(AGENT_MAX_ACTIVE_RUNS=${max})만큼 실행 중입니다. 실행을 끝낸 뒤 다시 요청하세요.`,
      `This agent already holds its maximum of runs (AGENT_MAX_ACTIVE_RUNS=${max}): complete one first.`,
    ),
  imageOutsideRepository: (field: string) =>
    text(
      `${field}: 이미지 경로는 백업 저장소(BACKUP_REPOSITORY_PATH) 안의 .ZIA 파일이어야 합니다.`,
      `${field}: the image must be a .ZIA file inside the backup repository (BACKUP_REPOSITORY_PATH).`,
    ),
  imageOfAnotherServer: (field: string, imageServer: string, runServer: string) =>
    text(
      `${field}: 이미지 헤더의 서버 '${imageServer}'가 이 실행의 서버 '${runServer}'와 다릅니다. 이 실행이 만든 이미지를 보내세요.`,
      `${field}: the image header names server '${imageServer}', not this run's server '${runServer}'; send the image this run wrote.`,
    ),
  imageUnreadable: (field: string, reason: string) =>
    text(
      `${field}: 이미지 헤더를 읽을 수 없습니다: ${reason}`,
      `${field}: the image header could not be read: ${reason}`,
    ),
  imageOnlyForBackup: (field: string) =>
    text(
      `${field}: 백업 실행만 이미지를 보고합니다 (검증 실행은 images).`,
      `${field}: only a backup run reports an image (a verify run reports images).`,
    ),
};

/** Why retention keeps or removes an image (spec §9, §13), by the plan's reason code. */
export const retentionMessages = {
  'newest-successful': (generation: number, rotation: number) =>
    text(
      `가장 최근의 성공한 세대 (세대 ${generation}/${rotation})`,
      `newest successful generation (generation ${generation} of ${rotation})`,
    ),
  'within-rotation': (generation: number, rotation: number) =>
    text(
      `보관 개수 이내 (세대 ${generation}/${rotation})`,
      `within rotation (generation ${generation} of ${rotation})`,
    ),
  'beyond-rotation': (generation: number, rotation: number) =>
    text(`보관 개수(${rotation})를 넘은 세대 ${generation}`, `generation ${generation} is beyond rotation ${rotation}`),
  'increment-of-kept-full': (full: string) =>
    text(`보관되는 전체 백업 ${full}의 증분`, `increment of the kept full ${full}`),
  'increment-of-removed-full': (full: string) =>
    text(`삭제되는 전체 백업 ${full}의 증분`, `increment of the removed full ${full}`),
  'left-by-failed-run': (runId: number) =>
    text(`실패한 실행 ${runId}이 남긴 이미지 (세대가 아님)`, `left by failed run ${runId} (not a generation)`),
  'not-written-by-job': () => text('이 작업의 실행이 만든 이미지가 아님', "not written by this job's runs"),
  protected: () => text('보호된 이미지', 'protected image'),
  'needed-by-protected': (point: string) =>
    text(`보호된 이미지 ${point}의 복원에 필요함`, `needed to restore the protected image ${point}`),
  'run-in-progress': (runId: number) =>
    text(`진행 중인 실행 ${runId}의 이미지`, `image of run ${runId}, still in progress`),
  'increment-without-full': () =>
    text('전체 백업이 없는 증분 (복원 불가)', 'increment whose full is gone (cannot be restored)'),
  'parent-missing': (parent: string) =>
    text(
      `부모 이미지 ${parent}가 없는 증분 (복원 불가)`,
      `increment whose parent ${parent} is gone (cannot be restored)`,
    ),
  'needed-by-kept': (point: string) =>
    text(`보관되는 복원 지점 ${point}의 복원에 필요함`, `needed to restore the kept point ${point}`),
  'newest-restorable': (point: string) =>
    text(`가장 최근의 복원 가능한 지점 ${point}의 체인`, `in the chain of the newest restorable point ${point}`),
  'no-successful-generation': () =>
    text('성공한 세대가 아직 없어 삭제하지 않음', 'no successful generation yet: nothing is removed'),
};
