/** Asks the search results to take keyboard focus; the header search sends it on ArrowDown. */
export const FOCUS_RESULTS_EVENT = 'tessera:focus-results'

export const requestResultsFocus = () => window.dispatchEvent(new Event(FOCUS_RESULTS_EVENT))
