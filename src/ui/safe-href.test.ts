import { safeHref } from './safe-href'

describe('safeHref', () => {
  it.each(['https://chat.example/#team', 'http://x.example', 'mailto:a@b.example', 'tel:+441234'])('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href)
  })
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '', undefined])(
    'refuses %s',
    (href) => {
      expect(safeHref(href)).toBeUndefined()
    },
  )
})
