// Every time a person sees is Asia/Shanghai. China keeps UTC+8 all year (no DST).
export const BEIJING_TZ = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3_600_000;

/** YYYY-MM-DD of the instant in Beijing. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:mm" in Beijing. */
export function formatBeijing(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The UTC instant of a Beijing wall-clock time. */
export function fromBeijing(dateYmd: string, time = '00:00'): Date {
  return new Date(`${dateYmd}T${time}:00+08:00`);
}
