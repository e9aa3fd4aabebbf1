import { useState } from 'react'
import { applyThemeChoice, readThemeChoice, type ThemeChoice } from '../theme'

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' }
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }

/** Cycles system → light → dark; system follows the operating system's setting. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice)
  return (
    <button
      type="button"
      className="button button-ghost theme-toggle"
      aria-label={`${LABEL[choice]}. Switch to ${NEXT[choice]}`}
      title={LABEL[choice]}
      onClick={() => {
        const next = NEXT[choice]
        applyThemeChoice(next)
        setChoice(next)
      }}
    >
      <span aria-hidden="true">{ICON[choice]}</span>
    </button>
  )
}
