// @vitest-environment jsdom
import { render } from '@testing-library/react'
import { Highlight } from './highlight'

const marks = (text: string, terms: string[]) =>
  [...render(<Highlight text={text} terms={terms} />).container.querySelectorAll('mark')].map((m) => m.textContent)

describe('Highlight', () => {
  it('marks words that start with a term, ignoring case', () => {
    expect(marks('Playback sessions per session day', ['session'])).toEqual(['session', 'session'])
    expect(marks('Playback Sessions', ['sessions'])).toEqual(['Sessions'])
  })
  it('does not mark a term inside a word', () => {
    expect(marks('obsession', ['session'])).toEqual([])
  })
  it('treats terms as text, not patterns, and never renders HTML', () => {
    const { container } = render(<Highlight text="<b>a.b</b> a+b" terms={['a.b', 'a+b']} />)
    expect(container.querySelector('b')).toBeNull()
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['a.b', 'a+b'])
  })
})
