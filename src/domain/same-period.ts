/**
 * So cùng kỳ (DOMAIN.md rule 6): (this − last) / last × 100, signed; null when last is zero.
 */
export function samePeriodChange(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}
