import { vi } from 'vitest';

type Method = 'GET' | 'POST' | 'DELETE';
type Answer = (request: Request) => Response | Promise<Response>;

/**
 * Answers the page's `/bff/session` calls for a component test, the way server/bff does (the
 * BFF has its own tests against real sockets). Every other request goes on to the demo backend.
 */
export function fakeBffSession(answers: Partial<Record<Method, Answer>>) {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    if (url.pathname !== '/bff/session') return realFetch(input, init);
    const request = new Request(url, input instanceof Request ? input : init);
    const answer = answers[request.method as Method];
    if (!answer) throw new Error(`This test has no answer for ${request.method} /bff/session`);
    return Promise.resolve(answer(request));
  });
}
