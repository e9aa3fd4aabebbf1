// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CopyButton } from './copy-button'

describe('CopyButton', () => {
  it('copies the text and says so', async () => {
    const user = userEvent.setup()
    render(<CopyButton text="lumen_prod.playback.sessions" what="address of Sessions" />)
    await user.click(screen.getByRole('button', { name: 'Copy address of Sessions' }))
    expect(await navigator.clipboard.readText()).toBe('lumen_prod.playback.sessions')
    expect(screen.getByRole('button', { name: 'Copy address of Sessions' })).toHaveTextContent('Copied')
    expect(screen.getByRole('status')).toHaveTextContent('Copied address of Sessions')
  })

  it('explains how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    render(<CopyButton text="x" what="URN" />)
    await user.click(screen.getByRole('button', { name: 'Copy URN' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('select the text and copy it yourself')
  })
})
