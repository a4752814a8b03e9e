/**
 * Names that end up in file and directory names (a job's image file `<job>_[…].ZIA`, the agent's
 * per-server directory, the demo's source and restore trees) must stay one path segment: no `/`, no
 * `\`, no NUL, and not `.` or `..` (nor dots only, nor a dots-only name with a trailing ` (ip)`, whose
 * base name is the dots). Issue 21: `jobName: "../../../../../tmp/x"` made the agent write outside
 * its repository.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const SEPARATOR_OR_NUL = /[/\\\u0000]/;
const DOTS_ONLY = /^\.+(?:\s*\(.*\))?$/;

export type PathUnsafety = 'separator' | 'dots';

/** Why `name` cannot be one path segment, or undefined when it can. */
export function pathUnsafety(name: string): PathUnsafety | undefined {
  if (SEPARATOR_OR_NUL.test(name)) return 'separator';
  if (DOTS_ONLY.test(name.trim())) return 'dots';
  return undefined;
}

export function isPathSafeName(name: string): boolean {
  return pathUnsafety(name) === undefined;
}

/**
 * A cheap SQL pre-filter of the rows that may hold an unsafe name (the migration checks then apply
 * `isPathSafeName` to them): a `/`, a `\` or a leading dot. Plain SQL both engines accept.
 */
export function pathUnsafeNameCandidateSql(column: string): string {
  return `(strpos(${column}, '/') > 0 OR strpos(${column}, chr(92)) > 0 OR left(ltrim(${column}), 1) = '.')`;
}

/**
 * The warning of a migration check that found stored names which are not one path segment (rows
 * from before the rule), or undefined when every candidate is safe. Rows are reported, never
 * renamed: an operator renames them (`PUT … changeName`, or re-registers).
 */
export function pathUnsafeNameWarning(
  table: string,
  rows: readonly { id: number | string; name: string }[],
): string | undefined {
  const unsafe = rows.filter((row) => !isPathSafeName(row.name));
  if (unsafe.length === 0) return undefined;
  const listed = unsafe.map((row) => `${row.id} ${JSON.stringify(row.name)}`).join(', ');
  return (
    `${table}: ${unsafe.length} name(s) contain / or \\ or are . or .. and would be used in file paths; ` +
    `rename them: ${listed}`
  );
}
