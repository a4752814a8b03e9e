import { CreateImageHeaders1732000004000 } from './1732000004000-create-image-headers';
import { KeyImageHeadersByRelativePath1764000500000 } from './1764000500000-key-image-headers-by-relative-path';
import { RecordImageProvenance1765000000000 } from './1765000000000-record-image-provenance';
import { AddImageIdsProtectionVerification1765000010000 } from './1765000010000-add-image-ids-protection-verification';
import { IndexImageInodes1765000020000 } from './1765000020000-index-image-inodes';
import { AddImageChecksumAndParent1765000400000 } from './1765000400000-add-image-checksum-and-parent';
import { AddImageRevisions1765001300000 } from './1765001300000-add-image-revisions';

export const migrations = [
  CreateImageHeaders1732000004000,
  KeyImageHeadersByRelativePath1764000500000,
  RecordImageProvenance1765000000000,
  AddImageIdsProtectionVerification1765000010000,
  IndexImageInodes1765000020000,
  AddImageChecksumAndParent1765000400000,
  AddImageRevisions1765001300000,
];
