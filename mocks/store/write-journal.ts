/**
 * What changed since the last durable write: token and connection uuids, the meta record, or
 * everything (after a reset). Writes run one after another, so a request whose change rides on
 * an earlier, still running write also waits for it.
 */
export interface PendingWrites {
  tokens: ReadonlySet<string>;
  connections: ReadonlySet<string>;
  meta: boolean;
  replace: boolean;
}

const empty = () => ({
  tokens: new Set<string>(),
  connections: new Set<string>(),
  meta: false,
  replace: false,
});

export class WriteJournal {
  private pending = empty();
  private running: Promise<void> = Promise.resolve();

  token(uuid: string): void {
    this.pending.tokens.add(uuid);
  }

  connection(uuid: string): void {
    this.pending.connections.add(uuid);
  }

  meta(): void {
    this.pending.meta = true;
  }

  /** Everything stored is replaced (reset, new seed). */
  replaceAll(): void {
    this.pending = { ...empty(), meta: true, replace: true };
  }

  /** Hands the pending changes to `write`, after any write still running. */
  flush(write: (pending: PendingWrites) => Promise<void>): Promise<void> {
    const next = this.running.then(() => {
      const taken = this.pending;
      const idle =
        !taken.meta && !taken.replace && taken.tokens.size === 0 && taken.connections.size === 0;
      if (idle) return undefined;
      this.pending = empty();
      return write(taken);
    });
    this.running = next.catch(() => undefined);
    return next;
  }
}
