/**
 * Dates as Tessera shows them everywhere: relative to now ("3 minutes ago", "yesterday"), with
 * the absolute date and time for a title. One function for each, so every page agrees.
 */

// Older than this, the date says more than "3 months ago" would.
const RELATIVE_FOR = 30 * 86_400

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

const parse = (iso: string): number | undefined => {
  const time = new Date(iso).getTime()
  return Number.isNaN(time) ? undefined : time
}

/** `iso` relative to `now` ("now", "16 seconds ago", "in 2 hours", "last week"), a date beyond a month ("Dec 2, 2025"); the text itself when it is not a date. */
export function relativeTime(iso: string, now: number = Date.now(), locale?: string): string {
  const then = parse(iso)
  if (then === undefined) return iso
  const seconds = Math.round((then - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  if (Math.abs(seconds) >= RELATIVE_FOR) return new Date(then).toLocaleDateString(locale, { dateStyle: 'medium' })
  if (Math.abs(seconds) < 5) return format.format(0, 'second')
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(seconds, 'second')
}

/** `iso` as a full local date and time ("Dec 2, 2026, 14:05"); the text itself when it is not a date. */
export function absoluteTime(iso: string, locale?: string): string {
  const then = parse(iso)
  return then === undefined ? iso : new Date(then).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}
