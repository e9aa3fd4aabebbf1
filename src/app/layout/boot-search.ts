/** The search field index.html paints before the app starts, as the visitor left it. */
export interface BootSearch {
  value: string
  selectionStart: number | null
  selectionEnd: number | null
  focused: boolean
}

/**
 * What the visitor typed into the HTML's search field while the app was loading, read as the
 * app's own field is about to replace it (the first render, before React commits). Nothing once
 * the HTML's field is gone or when it was left alone.
 */
export function readBootSearch(): BootSearch | null {
  const input = document.getElementById('boot-search')
  if (!(input instanceof HTMLInputElement)) return null
  const focused = document.activeElement === input
  if (!focused && input.value === '') return null
  return { value: input.value, selectionStart: input.selectionStart, selectionEnd: input.selectionEnd, focused }
}
