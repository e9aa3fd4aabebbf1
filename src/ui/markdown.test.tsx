// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { Markdown } from './markdown'

const hostile = [
  'Legacy notes <script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '[click me](javascript:window.__pwned=true) and [docs](https://docs.lumen.example/x)',
].join('\n\n')

describe('Markdown', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const { container } = render(<Markdown>{'# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done'}</Markdown>)
    expect(screen.getByRole('heading', { name: 'Title' })).toBeInTheDocument()
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(container.querySelector('input[type="checkbox"]')).not.toBeNull()
  })

  it('never turns hostile HTML into elements or script', () => {
    const { container } = render(<Markdown>{hostile}</Markdown>)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('[onerror]')).toBeNull()
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined()
  })

  it('drops javascript: links and opens external links without an opener', () => {
    render(<Markdown>{hostile}</Markdown>)
    const click = screen.getByText('click me')
    expect(click.closest('a')).toBeNull()
    const docs = screen.getByRole('link', { name: 'docs' })
    expect(docs).toHaveAttribute('target', '_blank')
    expect(docs.getAttribute('rel')).toContain('noopener')
  })
})
