import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { start } from './app/start'
import { applyThemeChoice, readThemeChoice } from './app/theme'
import './app/styles.css'

applyThemeChoice(readThemeChoice())
const container = document.getElementById('root')
if (container) {
  const root = createRoot(container)
  void start({ render: (node) => root.render(<StrictMode>{node}</StrictMode>) })
}
