import { CreateLoginLimits1764000302000 } from './1764000302000-create-login-limits';

export const migrations = [CreateLoginLimits1764000302000];
