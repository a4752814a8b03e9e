import { CreateImageHeaders1732000004000 } from './1732000004000-create-image-headers';
import { KeyImageHeadersByRelativePath1764000500000 } from './1764000500000-key-image-headers-by-relative-path';

export const migrations = [CreateImageHeaders1732000004000, KeyImageHeadersByRelativePath1764000500000];
