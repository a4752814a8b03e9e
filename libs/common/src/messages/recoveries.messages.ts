import { text } from './localized-text';

/** Recoveries (spec §14). Each message names its field. */
export const recoveriesMessages = {
  recoveryNotFound: (field: string, identifier: string) =>
    text(`${field}: 복구 작업 '${identifier}'을(를) 찾을 수 없습니다.`, `${field}: no recovery job '${identifier}'.`),
  partitionNotFound: (field: string, server: string, partition: string) =>
    text(
      `${field}: 서버 '${server}'에 파티션 '${partition}'이(가) 없습니다.`,
      `${field}: server '${server}' has no partition '${partition}'.`,
    ),
  noBackupOfPartition: (field: string, server: string, partition: string) =>
    text(
      `${field}: 서버 '${server}'의 파티션 '${partition}'을(를) 백업하는 작업이 없습니다.`,
      `${field}: no backup job backs up partition '${partition}' of server '${server}'.`,
    ),
  nothingToRecover: (field: string, server: string) =>
    text(
      `${field}: 서버 '${server}'에 복원 지점이 있는 파티션이 없습니다.`,
      `${field}: server '${server}' has no partition with a restore point.`,
    ),
  pointImageNotFound: (field: string, image: string) =>
    text(`${field}: 이미지 '${image}'의 복원 지점이 없습니다.`, `${field}: no restore point of image '${image}'.`),
  noRestorePoint: (field: string, partitions: string[]) =>
    text(
      `${field}: 복원 가능한 지점이 없습니다 (파티션 ${partitions.join(', ')}). detail에 각 지점의 이유가 있습니다.`,
      `${field}: no restorable point for partition ${partitions.join(', ')} (detail gives each point's reason).`,
    ),
  targetTooSmall: (field: string, target: string, targetSize: number, source: string, sourceSize: number) =>
    text(
      `${field}: 대상 파티션 '${target}'(${targetSize} bytes)이(가) 원본 파티션 '${source}'(${sourceSize} bytes)보다 작습니다.`,
      `${field}: target partition '${target}' (${targetSize} bytes) is smaller than source partition '${source}' (${sourceSize} bytes).`,
    ),
  osFamilyMismatch: (field: string, source: string, sourceOs: string, target: string, targetOs: string) =>
    text(
      `${field}: 원본 서버 '${source}'(${sourceOs})와 대상 서버 '${target}'(${targetOs})의 OS 계열이 다릅니다.`,
      `${field}: source server '${source}' (${sourceOs}) and target server '${target}' (${targetOs}) are of different OS families.`,
    ),
  recoveryInProgress: (field: string, target: string, partition: string, recovery: string, runId: number) =>
    text(
      `${field}: 서버 '${target}'의 파티션 '${partition}'은(는) 복구 작업 '${recovery}'(실행 #${runId})이(가) 진행 중입니다.`,
      `${field}: partition '${partition}' of server '${target}' has an active recovery '${recovery}' (run #${runId}).`,
    ),
  recoveryRunActive: (field: string, recovery: string, runId: number) =>
    text(
      `${field}: 복구 작업 '${recovery}'의 실행 #${runId}이(가) 아직 끝나지 않았습니다.`,
      `${field}: recovery job '${recovery}' has an active run (#${runId}).`,
    ),
  recoveryNameTaken: (field: string, name: string) =>
    text(
      `${field}: 복구 작업 '${name}'이(가) 이미 있습니다. 재실행(POST /api/recoveries/${name}/runs)하거나 다른 jobName을 쓰세요.`,
      `${field}: recovery job '${name}' exists: retry it (POST /api/recoveries/${name}/runs) or give another jobName.`,
    ),
  partitionTwice: (field: string, partition: string) =>
    text(
      `${field}: 파티션 '${partition}'이(가) 두 번 지정되었습니다.`,
      `${field}: partition '${partition}' is given twice.`,
    ),
  invalidPoint: (field: string) =>
    text(
      `${field}: "latest", { image: 파일 이름 } 또는 { before: 시각 } 중 하나여야 합니다.`,
      `${field} must be "latest", { image: file name } or { before: time }.`,
    ),
  invalidBefore: (field: string) =>
    text(
      `${field}: 'YYYY-MM-DD HH:mm:ss' 또는 오프셋이 있는 ISO-8601 시각이어야 합니다.`,
      `${field} must be 'YYYY-MM-DD HH:mm:ss' or an ISO-8601 time with an offset.`,
    ),
};
