import { absoluteTime, relativeTime } from '../model/time-text'

/** A date as every page shows one: relative, with the absolute date and time on hover. */
export function TimeAgo({ iso, now }: { iso: string; now?: number }) {
  const absolute = absoluteTime(iso)
  return (
    <time dateTime={iso} title={absolute === iso ? undefined : absolute}>
      {relativeTime(iso, now)}
    </time>
  )
}
