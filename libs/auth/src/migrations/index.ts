import { CreateLoginLimits1764000302000 } from './1764000302000-create-login-limits';
import { CreateApiKeys1765000500000 } from './1765000500000-create-api-keys';

export const migrations = [CreateLoginLimits1764000302000, CreateApiKeys1765000500000];
