import { isValidEmail, maxRecipients } from '@/lib/token-rules';

/** Why one recipient row is refused, given all rows (duplicates are case-insensitive). */
export function recipientError(emails: string[], index: number): string | undefined {
  const email = (emails[index] ?? '').trim();
  if (!email) return 'Enter an email address.';
  if (!isValidEmail(email)) return 'Enter a valid email address, like name@example.com.';
  const firstIndex = emails.findIndex(
    (other) => other.trim().toLowerCase() === email.toLowerCase(),
  );
  if (firstIndex !== index) return 'This address is already in the list.';
  return undefined;
}

export function recipientsValid(emails: string[]): boolean {
  return (
    emails.length >= 1 &&
    emails.length <= maxRecipients &&
    emails.every((_, index) => recipientError(emails, index) === undefined)
  );
}
