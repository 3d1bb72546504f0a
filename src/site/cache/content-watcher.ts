// Polls the database's content version so that a write by any process (CLI, another node) empties this
// node's caches within a poll interval; also expires them when a scheduled story becomes visible.
import type { Db } from '../../db/database.ts';
import { readContentVersion } from '../../db/repos/site-state-repo.ts';
import { nextVisibilityChange } from '../../db/repos/article-repo.ts';

export interface ContentWatcher {
  /** Checks now; resolves true when the content changed since the last check. */
  check(): Promise<boolean>;
  stop(): void;
}

export function watchContent(db: Db, intervalMs: number, onChange: () => Promise<void>, onNextChange: (at: number) => void, onError: (err: unknown) => void): ContentWatcher {
  let version: number | undefined;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let nextAt = Infinity;

  async function check(): Promise<boolean> {
    if (running) return false;
    running = true;
    try {
      const current = await readContentVersion(db);
      const now = Date.now();
      const changed = (version !== undefined && current !== version) || now >= nextAt;
      const first = version === undefined;
      version = current;
      if (changed) await onChange();
      if (changed || first) {
        nextAt = (await nextVisibilityChange(db, now)) ?? Infinity;
        onNextChange(nextAt);
      }
      return changed;
    } catch (err) {
      onError(err);
      return false;
    } finally {
      running = false;
    }
  }

  if (intervalMs > 0) {
    timer = setInterval(() => void check(), intervalMs);
    timer.unref();
  }
  return { check, stop: () => clearInterval(timer) };
}
