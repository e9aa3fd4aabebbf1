import type { LayoutCall, LayoutReply } from '../../workers/layout/layout-protocol'
import type { LayoutRequest, LayoutResult } from '../../workers/layout/run-layout'

export interface TimedLayout extends LayoutResult {
  /** From posting the request to receiving the layout, including the copy both ways (and, the first time, starting the worker). */
  roundTripMs: number
}

type WorkerKind = 'lanes' | 'elk'

// Literal `new Worker(new URL(...))` expressions, so the bundler finds and builds each worker.
const create: Record<WorkerKind, () => Worker> = {
  lanes: () => new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module', name: 'lineage-layout' }),
  elk: () => new Worker(new URL('../../workers/elk-layout.worker.ts', import.meta.url), { type: 'module', name: 'lineage-elk-layout' }),
}
const workers: Partial<Record<WorkerKind, Worker>> = {}
let nextId = 1
const pending = new Map<number, { kind: WorkerKind; resolve: (r: TimedLayout) => void; reject: (e: Error) => void; started: number }>()

function layoutWorker(kind: WorkerKind): Worker {
  const existing = workers[kind]
  if (existing) return existing
  const worker = create[kind]()
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const call = pending.get(event.data.id)
    if (!call) return
    pending.delete(event.data.id)
    if ('error' in event.data) call.reject(new Error(`The graph could not be laid out: ${event.data.error}`))
    else call.resolve({ ...event.data.result, roundTripMs: performance.now() - call.started })
  }
  worker.onerror = (event) => {
    event.preventDefault()
    for (const [id, call] of pending) {
      if (call.kind !== kind) continue
      call.reject(new Error(`The layout worker failed: ${event.message || 'unknown error'}`))
      pending.delete(id)
    }
    worker.terminate()
    delete workers[kind]
  }
  workers[kind] = worker
  return worker
}

/** Lays out a graph in a worker, off the main thread; ELK's worker starts only when ELK is asked for. */
export function requestLayout(request: LayoutRequest): Promise<TimedLayout> {
  const id = nextId++
  const kind: WorkerKind = request.engine === 'elk' ? 'elk' : 'lanes'
  return new Promise((resolve, reject) => {
    pending.set(id, { kind, resolve, reject, started: performance.now() })
    const call: LayoutCall = { id, request }
    layoutWorker(kind).postMessage(call)
  })
}
