/** Job fields only admins may set: an agent runs the script on a protected server (spec §12). */
export const SCRIPT_FIELDS = ['scriptPath', 'scriptRun'] as const;

type ScriptSettings = Partial<Record<(typeof SCRIPT_FIELDS)[number], unknown>>;

/**
 * The path of the first script field a job body sets (`scriptPath`, `individual[2].scriptRun`), or
 * undefined. Clearing one (null) sets nothing.
 */
export function firstScriptField(body: ScriptSettings & { individual?: ScriptSettings[] }): string | undefined {
  const set = (settings: ScriptSettings) =>
    SCRIPT_FIELDS.find((field) => settings[field] !== undefined && settings[field] !== null);
  const top = set(body);
  if (top) return top;
  for (const [index, entry] of (body.individual ?? []).entries()) {
    const field = entry && set(entry);
    if (field) return `individual[${index}].${field}`;
  }
  return undefined;
}
