// Kept on this device when the backend cannot keep it: blocked or full storage only means it is not remembered.
export function readDevice<T>(key: string, fallback: T, valid: (value: unknown) => value is T): T {
  try {
    const raw = localStorage.getItem(key)
    if (raw === null) return fallback
    const value: unknown = JSON.parse(raw)
    return valid(value) ? value : fallback
  } catch {
    return fallback
  }
}

export function writeDevice(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Not remembered; the session still works.
  }
}

export const deviceKey = (what: string, backendId: string, personId: string | null) => `tessera.${what}.${backendId}.${personId ?? 'visitor'}`
