import { simplifiedNotificationTypeValues } from '@/api/schema.gen';
import { invalid, Problems } from '../http/api-problem';
import { durations } from '../seed/prng';
import type { Notification } from '../store/token-spec';
import { describe, isInteger, isRecord, isString } from './json';

/** Rules for single token fields, shared by create and PATCH. */
export const bandwidthMenu = [50, 200, 500, 1000, 2000, 5000, 10000, 25000, 50000] as const;
export const maxRecipients = 12;
const maxLifetimeMs = 90 * durations.day;
const clockSkewMs = durations.minute;

const notificationTypes = simplifiedNotificationTypeValues;

// The email format the contract's validator (ajv-formats) accepts.
const emailPattern =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Later than now, at most 90 days ahead; returns epoch ms. */
export function checkExpiration(
  value: unknown,
  now: number,
  property = '/expirationDateTime',
): number {
  if (value === undefined) throw invalid(property, 'An expiration date is required');
  if (!isString(value) || !isoDateTime.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(
      property,
      `${describe(value)} is not an ISO 8601 date-time such as 2025-06-30T00:00:00Z`,
    );
  }
  const ms = Date.parse(value);
  if (ms <= now) throw invalid(property, 'The expiration date must be in the future');
  if (ms > now + maxLifetimeMs + clockSkewMs) {
    throw invalid(property, 'The expiration date can be at most 90 days from now');
  }
  return ms;
}

/** 1 to 12 distinct, valid addresses. */
export function checkEmails(value: unknown, property: string): string[] {
  if (!Array.isArray(value))
    throw invalid(property, 'Recipients must be a list of email addresses');
  if (value.length === 0) throw invalid(property, 'Add at least one recipient email');
  if (value.length > maxRecipients) {
    throw invalid(
      property,
      `At most ${maxRecipients} recipients can receive a token (${value.length} given)`,
    );
  }
  const problems = new Problems();
  const seen = new Set<string>();
  value.forEach((email, index) => {
    const at = `${property}/${index}`;
    if (!isString(email) || !emailPattern.test(email)) {
      problems.add(at, `${describe(email)} is not a valid email address`);
    } else if (seen.has(email.toLowerCase())) {
      problems.add(at, `${email} is listed twice`);
    } else seen.add(email.toLowerCase());
  });
  problems.throwIfAny();
  return value.filter(isString);
}

export function checkNotifications(value: unknown, property = '/notifications'): Notification[] {
  if (value === undefined) throw invalid(property, 'Add at least one recipient email');
  if (!Array.isArray(value) || value.length === 0)
    throw invalid(property, 'notifications must be a non-empty list');
  const problems = new Problems();
  const result: Notification[] = [];
  value.forEach((entry, index) => {
    const at = `${property}/${index}`;
    if (!isRecord(entry)) {
      problems.add(at, 'Each notification is {type, emails}');
      return;
    }
    const type = notificationTypes.find((known) => known === entry.type);
    if (!type) {
      problems.add(
        `${at}/type`,
        `${describe(entry.type)} is not a notification type; use one of ${notificationTypes.join(', ')}`,
      );
    }
    problems.collect(() => {
      const emails = checkEmails(entry.emails, `${at}/emails`);
      if (type) result.push({ type, emails });
    });
  });
  problems.throwIfAny();
  return result;
}

export function checkText(value: unknown, property: string, label: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isString(value)) throw invalid(property, `${label} must be text`);
  return value;
}

export function checkBoolean(value: unknown, property: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw invalid(property, `${describe(value)} is not true or false`);
  return value;
}

const menuText = bandwidthMenu.join(', ');

/** One speed from the standard menu, not above the asset's cap. */
export function checkBandwidthLimit(
  value: unknown,
  cap: number,
  capReason: string,
  property = '/connection/bandwidthLimit',
): number {
  if (!isInteger(value)) throw invalid(property, `${describe(value)} is not a bandwidth in Mbps`);
  if (!bandwidthMenu.some((speed) => speed === value)) {
    throw invalid(property, `${value} Mbps is not offered; choose one of ${menuText} Mbps`);
  }
  if (value > cap) throw invalid(property, `${value} Mbps is above ${capReason} (${cap} Mbps)`);
  return value;
}

/** A non-empty list of distinct menu speeds, none above the asset's cap. */
export function checkSupportedBandwidths(
  value: unknown,
  cap: number,
  capReason: string,
  property = '/connection/supportedBandwidths',
): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw invalid(property, 'Choose at least one bandwidth the recipient may use');
  }
  const speeds: number[] = [];
  for (const speed of value) {
    if (!isInteger(speed) || !bandwidthMenu.some((offered) => offered === speed)) {
      throw invalid(
        property,
        `${describe(speed)} Mbps is not offered; choose from ${menuText} Mbps`,
      );
    }
    if (speed > cap) throw invalid(property, `${speed} Mbps is above ${capReason} (${cap} Mbps)`);
    if (speeds.includes(speed)) throw invalid(property, `${speed} Mbps is listed twice`);
    speeds.push(speed);
  }
  return speeds.sort((a, b) => a - b);
}
