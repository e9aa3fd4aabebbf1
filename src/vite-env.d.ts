/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Whole configuration as JSON, fixed at build time; overrides config.json. */
  readonly VITE_TESSERA_CONFIG?: string
  /** Where to fetch config.json from at run time. */
  readonly VITE_TESSERA_CONFIG_URL?: string
}
