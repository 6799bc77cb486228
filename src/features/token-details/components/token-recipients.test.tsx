import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceToken } from '@/api/types';
import { TokenRecipients } from './token-recipients';
import { TokenSummary } from './token-summary';

// As a newer API might answer: a notification type and a phone type this portal has no label for,
// and a connection type added after the portal was written. Parsed, not typed, as answers arrive.
const newerAnswer: ServiceToken & { uuid: string } = JSON.parse(`{
  "uuid": "13ab7dc7-c18e-4f73-aa35-fc3a83966e79",
  "type": "VC_TOKEN",
  "state": "INACTIVE",
  "connection": { "type": "GW_VC", "zSide": { "accessPointSelectors": [{ "type": "COLO" }] } },
  "notifications": [
    { "type": "ALL", "emails": ["noc@example.com"] },
    {
      "type": "QUOTE_NOTIFICATIONS",
      "emails": [],
      "phone": [
        { "type": "MOBILE", "number": "+14155550123", "contactPreference": { "availability": "ANYTIME" } },
        { "type": "SATELLITE", "number": "+870772001234" }
      ]
    },
    { "type": "SOMETHING_NEWER", "emails": ["escalation@example.com"], "phone": [{ "number": "+14155550123" }] }
  ]
}`);

describe('reading a token the contract has grown since', () => {
  it('lists its emails, and its phone numbers once each with their type, read-only', () => {
    render(<TokenRecipients token={newerAnswer} blockedReason={undefined} onEdit={() => {}} />);
    const emails = screen.getByRole('list', { name: 'Email recipients' });
    expect(
      within(emails)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['noc@example.com', 'escalation@example.com']);
    const phones = screen.getByRole('list', { name: 'Phone recipients (read-only)' });
    expect(
      within(phones)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['+14155550123Mobile, any time', '+870772001234SATELLITE']);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows a connection type it has no label for as the API spells it', () => {
    render(<TokenSummary token={newerAnswer} />);
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('GW_VC');
  });

  it('says when there are no email recipients, and shows no phone list without phones', () => {
    const bare = { ...newerAnswer, notifications: [] };
    render(<TokenRecipients token={bare} blockedReason={undefined} onEdit={() => {}} />);
    expect(screen.getByText('No email recipients.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
