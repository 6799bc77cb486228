import { isValidEmail, maxRecipients } from '@/lib/token-rules';

/** Splits typed or pasted text into addresses: commas, semicolons and spaces separate them. */
export function splitAddresses(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Adds what is valid and new; returns the rest, with the reason the last one was refused. */
export function addRecipients(current: readonly string[], text: string) {
  const emails = [...current];
  const refused: string[] = [];
  let problem: string | undefined;
  for (const email of splitAddresses(text)) {
    if (!isValidEmail(email)) problem = `${email} is not a valid email address`;
    else if (emails.some((known) => known.toLowerCase() === email.toLowerCase())) {
      problem = `${email} is already a recipient`;
    } else if (emails.length >= maxRecipients) {
      problem = `You can send a token to at most ${maxRecipients} recipients`;
    } else {
      emails.push(email);
      continue;
    }
    refused.push(email);
  }
  return { emails, rest: refused.join(', '), problem };
}
