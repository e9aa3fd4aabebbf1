export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'tessera.theme'

export function readThemeChoice(): ThemeChoice {
  const saved = localStorage.getItem(KEY)
  return saved === 'light' || saved === 'dark' ? saved : 'system'
}

/** Applies a theme choice to the document; `system` follows prefers-color-scheme through CSS. */
export function applyThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') {
    delete document.documentElement.dataset.theme
    localStorage.removeItem(KEY)
  } else {
    document.documentElement.dataset.theme = choice
    localStorage.setItem(KEY, choice)
  }
}
