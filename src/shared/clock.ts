// Time is injected so schedules and "yesterday" can be tested at any instant.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date): void {
    this.current = new Date(instant);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** Real time shifted by a fixed amount: time flows, from another date (demo time travel, test workers). */
export class OffsetClock implements Clock {
  constructor(private offsetMs = 0) {}
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** From now on, reads `instant` and moves on from there. */
  jumpTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
  get offset(): number {
    return this.offsetMs;
  }
}
