type DriverError = { code?: string; constraint?: string };

function driverErrorOf(error: unknown): DriverError | undefined {
  return (error as { driverError?: DriverError })?.driverError ?? (error as DriverError);
}

/** PostgreSQL's unique_violation (23505), as TypeORM wraps it; `constraint` names the index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = driverErrorOf(error);
  if (driverError?.code !== '23505') return false;
  return constraint === undefined || driverError.constraint === constraint;
}

/** A row is still referenced: foreign_key_violation (23503) or restrict_violation (23001). */
export function isReferencedRowViolation(error: unknown): boolean {
  const code = driverErrorOf(error)?.code;
  return code === '23503' || code === '23001';
}
