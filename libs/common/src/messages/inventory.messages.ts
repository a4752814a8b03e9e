import { text } from './localized-text';

/** Centers, repositories, servers, users (spec §2). */
export const inventoryMessages = {
  centerNotFound: (field: string, value: string) =>
    text(`${field}: 센터 '${value}'을(를) 찾을 수 없습니다.`, `${field}: center '${value}' was not found.`),
  serverNotFound: (field: string, value: string) =>
    text(`${field}: 서버 '${value}'을(를) 찾을 수 없습니다.`, `${field}: server '${value}' was not found.`),
  userNotFound: (field: string, value: string) =>
    text(`${field}: 사용자 '${value}'을(를) 찾을 수 없습니다.`, `${field}: user '${value}' was not found.`),
  repositoryNotFound: (field: string, type: string, path: string) =>
    text(
      `${field}: 레포지토리 '${type}:${path}'을(를) 찾을 수 없습니다.`,
      `${field}: repository '${type}:${path}' was not found.`,
    ),
  centerNameTaken: (name: string) =>
    text(`name: 이미 존재하는 센터 이름입니다: ${name}`, `name: a center named '${name}' already exists.`),
  serverNameTaken: (name: string) =>
    text(`name: 이미 존재하는 서버 이름입니다: ${name}`, `name: a server named '${name}' already exists.`),
  userEmailTaken: (email: string) =>
    text(`email: 이미 등록된 이메일입니다: ${email}`, `email: '${email}' is already registered.`),
  repositoryTaken: (type: string, path: string) =>
    text(
      `path: 이미 등록된 레포지토리입니다: ${type}:${path}`,
      `path: repository '${type}:${path}' already exists in this center.`,
    ),
  duplicatePartition: (letter: string) =>
    text(`partitions: 파티션 '${letter}'이(가) 중복되었습니다.`, `partitions: partition '${letter}' is listed twice.`),
  centerInUse: (name: string) =>
    text(
      `센터 '${name}'에 등록된 서버가 있어 삭제할 수 없습니다.`,
      `Center '${name}' still has servers and cannot be deleted.`,
    ),
  serverInUse: (name: string) =>
    text(
      `서버 '${name}'을(를) 사용하는 백업 작업이 있어 삭제할 수 없습니다.`,
      `Server '${name}' is used by backup jobs and cannot be deleted.`,
    ),
  currentPasswordWrong: () =>
    text(
      'currentPassword: 현재 비밀번호가 일치하지 않습니다.',
      'currentPassword: the current password does not match.',
    ),
  currentPasswordRequired: () =>
    text(
      'currentPassword: 자신의 비밀번호를 바꾸려면 현재 비밀번호가 필요합니다.',
      'currentPassword: changing your own password needs your current password.',
    ),
  ownPasswordOnly: () =>
    text(
      '관리자가 아닌 사용자는 자신의 비밀번호만 바꿀 수 있습니다.',
      'Users who are not admins may change only their own password.',
    ),
  lastAdmin: () =>
    text(
      '마지막 활성 관리자는 역할을 바꾸거나 비활성화할 수 없습니다.',
      'The last active admin cannot lose the admin role or be disabled.',
    ),
  nothingToChange: () =>
    text(
      'body: 바꿀 항목(userName, password, role, disabled)이 하나 이상 필요합니다.',
      'body: send at least one of userName, password, role, disabled.',
    ),
};
