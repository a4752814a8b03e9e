import { CreateAgents1764000700000 } from './1764000700000-create-agents';
import { ReportPathUnsafeAgentNames1765000152000 } from './1765000152000-report-path-unsafe-agent-names';

export const migrations = [CreateAgents1764000700000, ReportPathUnsafeAgentNames1765000152000];
