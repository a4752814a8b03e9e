import { CreateImageHeaders1732000004000 } from './1732000004000-create-image-headers';

export const migrations = [CreateImageHeaders1732000004000];
