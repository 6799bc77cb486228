/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_PORTAL_MODE?: 'demo' | 'live';
}
