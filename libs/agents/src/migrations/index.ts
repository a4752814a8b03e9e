import { CreateAgents1764000700000 } from './1764000700000-create-agents';

export const migrations = [CreateAgents1764000700000];
