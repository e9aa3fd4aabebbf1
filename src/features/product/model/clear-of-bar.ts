/** Vertical extents on screen, in CSS pixels from the top of the viewport. */
export interface Extent {
  top: number
  bottom: number
}

/** Space kept between a field and the bar, or the header, that would otherwise touch it. */
export const CLEARANCE = 8

/**
 * How far to scroll the page down so that `field` ends above a bar fixed at the foot of the
 * screen, without pushing its top under the sticky header. Zero when it already clears the
 * bar; as far as the header allows when the field is taller than the space between them.
 */
export function scrollToClear(field: Extent, barTop: number, headerBottom: number): number {
  const overlap = field.bottom + CLEARANCE - barTop
  if (overlap <= 0) return 0
  return Math.max(0, Math.min(overlap, field.top - headerBottom - CLEARANCE))
}
