/** `Authorization: Bearer <t>` or, for older clients, a bare `Authorization: <t>`. */
export function tokenFromAuthorization(header: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  if (match) return match[1];
  return /^\S+$/.test(value) ? value : undefined;
}
