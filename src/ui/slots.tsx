import { createContext, createElement, Suspense, useContext, type ComponentType, type ReactNode } from 'react'
import type { FollowTarget } from '../model/follows'
import type { DataProduct, OutputPort } from '../model/types'

/**
 * Places where one feature shows another's part without importing it: the app fills them
 * (features do not import each other). An empty slot renders nothing.
 */
export interface Slots {
  /** Under an output port on the Access tab: asking for access and the requests for that port. */
  portAccess?: ComponentType<{ product: DataProduct; port: OutputPort }>
  /** Above a product's tabs: what waits for the visitor on this product (requests to decide, follow). */
  productActions?: ComponentType<{ product: DataProduct }>
  /** A button to follow a product or domain, `name` saying which. */
  follow?: ComponentType<{ target: FollowTarget; name: string }>
  /** Home page sections from other features, in reading order; each renders nothing when it has nothing for the visitor. */
  homeSections?: readonly ComponentType[]
}

const SlotsContext = createContext<Slots>({})

export function SlotsProvider({ slots, children }: { slots: Slots; children: ReactNode }) {
  return <SlotsContext value={slots}>{children}</SlotsContext>
}

/** The component the app put in slot `name`, if any; renders nothing until its code has loaded. */
export function useSlot<K extends keyof Slots>(name: K): Slots[K] {
  return useContext(SlotsContext)[name]
}

export function PortAccessSlot(props: { product: DataProduct; port: OutputPort }) {
  const Component = useSlot('portAccess')
  // The slot's component is fixed for the app's lifetime: it is chosen once, in app/.
  return Component ? <Suspense fallback={null}>{createElement(Component, props)}</Suspense> : null
}

export function ProductActionsSlot(props: { product: DataProduct }) {
  const Component = useSlot('productActions')
  // The slot's component is fixed for the app's lifetime: it is chosen once, in app/.
  return Component ? <Suspense fallback={null}>{createElement(Component, props)}</Suspense> : null
}

export function FollowSlot(props: { target: FollowTarget; name: string }) {
  const Component = useSlot('follow')
  return Component ? <Suspense fallback={null}>{createElement(Component, props)}</Suspense> : null
}

export function HomeSectionsSlot() {
  const sections = useSlot('homeSections') ?? []
  return sections.map((Section, i) => (
    <Suspense key={i} fallback={null}>
      <Section />
    </Suspense>
  ))
}
