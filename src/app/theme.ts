export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'tessera.theme'

// Storage can be blocked (privacy settings, sandboxed frames); the theme then lasts for the visit.
function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function readThemeChoice(): ThemeChoice {
  const saved = storage()?.getItem(KEY)
  return saved === 'light' || saved === 'dark' ? saved : 'system'
}

/** Applies a theme choice to the document; `system` follows prefers-color-scheme through CSS. */
export function applyThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') {
      delete document.documentElement.dataset.theme
      storage()?.removeItem(KEY)
    } else {
      document.documentElement.dataset.theme = choice
      storage()?.setItem(KEY, choice)
    }
  } catch {
    // A full or blocked storage must not stop the theme from applying.
  }
}
