import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { renderCurl, renderCurls, shellQuote } from './render-curl';

const request: ServiceToken = {
  type: 'VC_TOKEN',
  name: "Bob's token",
  expirationDateTime: '2025-03-01T00:00:00.000Z',
  notifications: [{ type: 'ALL', emails: ['noc@customer.example'] }],
};

describe('the cURL command', () => {
  it('posts the JSON body with a placeholder bearer, never a real one', () => {
    const command = renderCurl(request);
    expect(command.split('\n')[0]).toBe(
      "curl -X POST 'https://api.equinix.com/fabric/v4/serviceTokens' \\",
    );
    expect(command).toContain(`-H "Authorization: Bearer $TOKEN"`);
    expect(command).toContain(`-H 'Content-Type: application/json'`);
    expect(command).not.toMatch(/Bearer [A-Za-z0-9-]{8,}/);
  });

  it('quotes the body for a POSIX shell, single quotes included', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    const body = renderCurl(request).split('-d ')[1] ?? '';
    // Undo the quoting the way a shell would: the result is the exact JSON.
    const unquoted = body.slice(1, -1).replaceAll(`'\\''`, "'");
    expect(JSON.parse(unquoted)).toEqual(request);
  });

  it('gives one command per token of a redundant pair', () => {
    expect(renderCurls([request, request]).match(/^curl -X POST/gm)).toHaveLength(2);
  });
});
