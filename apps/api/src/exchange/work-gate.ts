/**
 * Runs tasks at most `capacity` at a time, and one at a time per key (an organisation), in the order they came:
 * a task whose key is busy waits without holding back the tasks of other keys behind it.
 */
export class WorkGate {
  private readonly waiting: Array<{ key: string; start: () => void }> = [];
  private readonly busyKeys = new Set<string>();

  constructor(private readonly capacity: () => number) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        key,
        start: () => {
          task()
            .then(resolve, reject)
            .finally(() => {
              this.busyKeys.delete(key);
              this.pump();
            });
        },
      });
      this.pump();
    });
  }

  /** Tasks running now. */
  get active(): number {
    return this.busyKeys.size;
  }

  /** Starts what may start now: after a task ends, or when the capacity grows. */
  pump(): void {
    while (this.busyKeys.size < this.capacity()) {
      const next = this.waiting.findIndex((entry) => !this.busyKeys.has(entry.key));
      if (next < 0) return;
      const [entry] = this.waiting.splice(next, 1);
      if (!entry) return;
      this.busyKeys.add(entry.key);
      entry.start();
    }
  }
}
