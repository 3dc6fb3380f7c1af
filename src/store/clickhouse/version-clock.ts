/**
 * Versions for the ReplacingMergeTree rows of persons, ids and overrides: strictly increasing
 * within the process, and above every version already stored (`seed`), so the row written last
 * wins even if the wall clock steps back. Microseconds since 1970: room for a million changes a
 * second before running ahead of the clock, and exact in a JS number until the year 2255.
 */
export class VersionClock {
  private last = 0;

  seed(storedMax: number): void {
    if (storedMax > this.last) this.last = storedMax;
  }

  next(): number {
    const now = Date.now() * 1000;
    this.last = now > this.last ? now : this.last + 1;
    return this.last;
  }
}
