/**
 * Keeps the page at least as long as it is now, so that a change that shortens it (an editor
 * closing near the foot of the page) cannot pull what is on screen down. The extra length goes
 * once it has been scrolled out of view, or when the returned function is called.
 */
export function holdPageLength(): () => void {
  const body = document.body
  const content = body.firstElementChild
  body.style.minHeight = `${document.documentElement.scrollHeight}px`
  const release = () => {
    body.style.minHeight = ''
    window.removeEventListener('scroll', onScroll)
  }
  // Below the content there is only the extra length: gone unseen once the content reaches the foot of the screen.
  const onScroll = () => {
    if (!content || content.getBoundingClientRect().bottom >= window.innerHeight) release()
  }
  window.addEventListener('scroll', onScroll, { passive: true })
  return release
}

/** Scrolls the page so that `element` starts `top` pixels from the top of the viewport. */
export function keepOnScreen(element: Element, top: number): void {
  const by = element.getBoundingClientRect().top - top
  if (Math.abs(by) >= 0.5) window.scrollBy({ top: by, behavior: 'instant' })
}
