import { Injectable, OnModuleDestroy } from '@nestjs/common';

/** Queued runs per server, for these servers (one cheap query for every waiting agent). */
export type QueuedServers = (serverIds: number[]) => Promise<Map<number, number>>;

export type WakeReason = 'queued' | 'deadline' | 'shutdown' | 'gone';

interface Waiter {
  serverId: number;
  wake: (reason: WakeReason) => void;
}

/**
 * Long-poll waiting room (spec §8 `claim` with `wait`): agents waiting for a run of their server
 * register here; one shared poll every `pollMs` asks the database how many runs those servers have
 * queued and wakes that many of their agents (longest waiting first), who then try to claim; the
 * others keep waiting instead of stampeding the database. Waiting costs one query per tick
 * however many agents wait, and works across replicas (the queue is the database). Shutdown wakes
 * everyone at once so no request holds the process open.
 */
@Injectable()
export class ClaimWaiters implements OnModuleDestroy {
  private readonly waiters = new Set<Waiter>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private closed = false;
  private queuedServers: QueuedServers = async () => new Map();
  pollMs = 250;

  useQueuedServers(source: QueuedServers): void {
    this.queuedServers = source;
  }

  /**
   * Resolves `queued` when the server may have a run, `deadline` after `ms`, `shutdown` when closing,
   * `gone` when `signal` aborts (the agent hung up: it must not be handed a run it will never see).
   */
  wait(serverId: number, ms: number, signal?: AbortSignal): Promise<WakeReason> {
    if (this.closed) return Promise.resolve('shutdown');
    if (signal?.aborted) return Promise.resolve('gone');
    return new Promise((resolve) => {
      const onAbort = () => waiter.wake('gone');
      const waiter: Waiter = {
        serverId,
        wake: (reason) => {
          clearTimeout(deadline);
          signal?.removeEventListener('abort', onAbort);
          this.waiters.delete(waiter);
          resolve(reason);
        },
      };
      const deadline = setTimeout(() => waiter.wake('deadline'), ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.add(waiter);
      this.schedule();
    });
  }

  get waiting(): number {
    return this.waiters.size;
  }

  /** First thing at shutdown: every long poll answers 204 now, so none holds the HTTP server open. */
  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
    for (const waiter of [...this.waiters]) waiter.wake('shutdown');
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    if (this.polling || this.waiters.size === 0) return;
    this.polling = true;
    try {
      const servers = [...new Set([...this.waiters].map((w) => w.serverId))];
      const queued = await this.queuedServers(servers);
      const wakeable = new Map(queued);
      for (const waiter of [...this.waiters]) {
        const left = wakeable.get(waiter.serverId) ?? 0;
        if (left <= 0) continue;
        wakeable.set(waiter.serverId, left - 1);
        waiter.wake('queued');
      }
    } catch {
      // database trouble: the waiters run into their deadline (204) and the agent polls again
    } finally {
      this.polling = false;
      if (this.waiters.size) this.schedule();
    }
  }
}
