// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sceneToSvg, type Scene } from './svg-scene'

const scene = (items: Scene['items']): Scene => ({ width: 200, height: 100, background: '#ffffff', fontFamily: 'Inter, sans-serif', items })

describe('sceneToSvg', () => {
  it('writes each shape once, with shared styles as classes', () => {
    const svg = sceneToSvg(
      scene([
        { kind: 'rect', x: 0, y: 0, width: 50, height: 20, fill: '#eeeeee', radius: 4 },
        { kind: 'rect', x: 60, y: 0, width: 50, height: 20, fill: '#eeeeee', radius: 4 },
        { kind: 'path', d: 'M0 0C10 0 20 10 30 10', stroke: '#888888', strokeWidth: 1.5, role: 'edge', transform: [1, 0, 0, 1, 5, 5] },
        { kind: 'arrow', points: [[30, 10], [25, 7], [25, 13]], fill: '#888888' },
        { kind: 'text', x: 4, y: 10, text: 'Orders <daily> & "more"', size: 13.5, weight: '650', fill: '#111111' },
      ]),
    )
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const rects = [...doc.querySelectorAll('rect')].slice(1)
    expect(rects).toHaveLength(2)
    expect(rects[0]!.getAttribute('class')).toBe(rects[1]!.getAttribute('class'))
    expect(doc.querySelectorAll('path.edge')).toHaveLength(1)
    expect(doc.querySelector('path')!.getAttribute('transform')).toBe('matrix(1 0 0 1 5 5)')
    expect(doc.querySelectorAll('polygon')).toHaveLength(1)
    expect(doc.querySelector('text')!.textContent).toBe('Orders <daily> & "more"')
    expect(doc.querySelector('style')!.textContent).toContain('font-weight:650')
  })

  it('keeps hostile names as text and drops characters XML forbids', () => {
    const svg = sceneToSvg(scene([{ kind: 'text', x: 0, y: 0, text: '</text><script>alert(1)</script>\u0001', size: 12, fill: '#000000' }]))
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('script')).toBeNull()
    expect(doc.querySelector('text')!.textContent).toBe('</text><script>alert(1)</script>')
  })
})
