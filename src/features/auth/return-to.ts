import { paths } from '@/config/paths';

const here = 'http://portal.invalid';

/**
 * Where to go after signing in: a path on this site, never another origin (`//evil.example`,
 * `/\evil.example`), never the sign-in page itself; else the inventory.
 */
export function safeReturnTo(value: string | null | undefined): string {
  const fallback = paths.inventory.href();
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, here);
  } catch {
    return fallback;
  }
  if (url.origin !== here || url.pathname === paths.signIn.path) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
