/** The Authorization header for the token of the moment, or no header. */
export const bearerHeaders =
  (token: () => string | undefined) =>
  (): Record<string, string> => {
    const current = token()
    return current ? { Authorization: `Bearer ${current}` } : {}
  }

const MASK = '[token]'

/** Takes `token` out of an error's message, details and stack, for servers that echo what they were sent. */
export function hideToken<E>(error: E, token: string | undefined): E {
  if (!token || !(error instanceof Error)) return error
  const scrub = (text: string) => text.split(token).join(MASK)
  error.message = scrub(error.message)
  if (error.stack) error.stack = scrub(error.stack)
  const details: unknown = (error as { details?: unknown }).details
  if (Array.isArray(details)) details.forEach((d, i) => typeof d === 'string' && (details[i] = scrub(d)))
  return error
}

/** `call`, with the token it sent hidden from whatever it rejects with. */
export function withTokenHidden<A extends unknown[], R>(token: () => string | undefined, call: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const sent = token()
    return call(...args).catch((error: unknown) => {
      throw hideToken(error, sent)
    })
  }
}
