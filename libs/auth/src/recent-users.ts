/**
 * Users the guard found in the database lately, so it does not look the same user up on every request.
 * A deleted user's tokens are refused at most `recheckMs` after the deletion (AUTH_USER_RECHECK_MS);
 * 0 looks the user up on every request. Only presence is remembered, never an absence.
 */
export class RecentUsers {
  private readonly seenAt = new Map<number, number>();

  constructor(
    private readonly recheckMs: number,
    private readonly maxUsers = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the user was seen less than `recheckMs` ago. */
  has(userId: number): boolean {
    const at = this.seenAt.get(userId);
    if (at === undefined) return false;
    if (this.now() - at < this.recheckMs) return true;
    this.seenAt.delete(userId);
    return false;
  }

  seen(userId: number): void {
    if (this.recheckMs <= 0) return;
    if (this.seenAt.size >= this.maxUsers) this.seenAt.clear(); // bounded; a refill costs one lookup per user
    this.seenAt.set(userId, this.now());
  }
}
