import type { DataProduct } from '../model/types'

export type CatalogErrorKind = 'not-found' | 'forbidden' | 'conflict' | 'unavailable' | 'invalid-data' | 'unsupported' | 'misconfigured'

/** An error the UI can explain. Adapters translate every failure into one of these. */
export class CatalogError extends Error {
  readonly kind: CatalogErrorKind
  /** The Sources page says more: each file the backend read and what went wrong with it. */
  readonly seeSources: boolean
  constructor(kind: CatalogErrorKind, message: string, options?: { cause?: unknown; seeSources?: boolean }) {
    super(message, options)
    this.name = 'CatalogError'
    this.kind = kind
    this.seeSources = options?.seeSources ?? false
  }
}

export class NotFoundError extends CatalogError {
  constructor(what: string) {
    super('not-found', `${what} was not found.`)
  }
}

export class ForbiddenError extends CatalogError {
  constructor(message = 'You are not allowed to change this.') {
    super('forbidden', message)
  }
}

/** Someone saved first. `current` is the version now on the server, when the backend sent it. */
export class ConflictError extends CatalogError {
  readonly current?: DataProduct
  constructor(message = 'Someone else saved this product first.', current?: DataProduct) {
    super('conflict', message)
    this.current = current
  }
}

/** Network failure, 5xx, or timeout: worth retrying. */
export class UnavailableError extends CatalogError {
  readonly status?: number
  constructor(message: string, status?: number, options?: { cause?: unknown; seeSources?: boolean }) {
    super('unavailable', message, options)
    this.status = status
  }
}

/** The response arrived but was not what the API promises. */
export class InvalidDataError extends CatalogError {
  readonly details: string[]
  constructor(message: string, details: string[] = [], options?: { seeSources?: boolean }) {
    super('invalid-data', message, options)
    this.details = details
  }
}

/** The configuration names something that is not there (a file, a folder): fixed in config.json, not by waiting. */
export class MisconfiguredError extends CatalogError {
  readonly details: string[]
  constructor(message: string, details: string[] = [], options?: { seeSources?: boolean }) {
    super('misconfigured', message, options)
    this.details = details
  }
}

export class UnsupportedError extends CatalogError {
  constructor(what: string) {
    super('unsupported', `This catalogue does not support ${what}.`)
  }
}

export const isCatalogError = (error: unknown): error is CatalogError => error instanceof CatalogError
