import { useCallback, useEffect, useRef, useState } from 'react';
import { errorCode } from '../../lib/server-error';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

type Job = () => Promise<unknown>;

export interface SaveQueue {
  status: SaveStatus;
  /** Saves under `key` (one statement, one example, one skill); a newer save of the same key replaces a waiting one. */
  save(key: string, job: Job): void;
  /** Retries what failed and waits for everything to be saved; false when something still could not be. */
  flush(): Promise<boolean>;
}

/**
 * Saves answers as they are given. Saves of one key go out one after the other, newest last, so an answer
 * changed quickly cannot be overwritten by an older request arriving late; different keys go out together (the
 * tRPC link batches them). What fails is kept and sent again with the next save, or before the answers are sent.
 */
export function useSaveQueue({ onFinalError }: { onFinalError: (error: unknown) => void }): SaveQueue {
  const waiting = useRef(new Map<string, Job>());
  const running = useRef(new Map<string, Promise<void>>());
  const failed = useRef(new Map<string, Job>());
  const [status, setStatus] = useState<SaveStatus>('idle');
  const finalError = useRef(onFinalError);
  useEffect(() => {
    finalError.current = onFinalError;
  });

  const refresh = useCallback(() => {
    if (running.current.size > 0 || waiting.current.size > 0) setStatus('saving');
    else setStatus(failed.current.size > 0 ? 'failed' : 'saved');
  }, []);

  const pump = useCallback(
    (key: string) => {
      if (running.current.has(key)) return;
      const job = waiting.current.get(key);
      if (!job) return;
      waiting.current.delete(key);
      const run = job()
        .then(() => {
          failed.current.delete(key);
        })
        .catch((error: unknown) => {
          // A newer answer for the same key supersedes the one that failed.
          if (!waiting.current.has(key)) failed.current.set(key, job);
          // An ended session or an answered survey will not get better by trying again.
          const code = errorCode(error);
          if (code === 'UNAUTHORIZED' || code === 'CONFLICT') finalError.current(error);
        })
        .finally(() => {
          running.current.delete(key);
          pump(key);
          refresh();
        });
      running.current.set(key, run);
    },
    [refresh],
  );

  const enqueue = useCallback(
    (key: string, job: Job) => {
      waiting.current.set(key, job);
      pump(key);
    },
    [pump],
  );

  const retryFailed = useCallback(() => {
    const retry = [...failed.current.entries()];
    failed.current.clear();
    for (const [key, job] of retry) if (!waiting.current.has(key)) enqueue(key, job);
  }, [enqueue]);

  const save = useCallback(
    (key: string, job: Job) => {
      failed.current.delete(key);
      retryFailed();
      enqueue(key, job);
      refresh();
    },
    [enqueue, refresh, retryFailed],
  );

  const flush = useCallback(async () => {
    retryFailed();
    refresh();
    while (running.current.size > 0) await Promise.allSettled([...running.current.values()]);
    refresh();
    return failed.current.size === 0;
  }, [refresh, retryFailed]);

  return { status, save, flush };
}
