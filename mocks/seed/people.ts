import { DEMO_USER } from './fixtures';
import type { Person } from '../store/token-spec';
import { pick, type Random } from './prng';

export const demoUser: Person = { ...DEMO_USER };

/** Colleagues who created some of the seed tokens. */
export const colleagues: readonly Person[] = [
  demoUser,
  { username: 'alex.ops', fullName: 'Alex Ops', email: 'alex.ops@demo-networks.example' },
  { username: 'sam.neteng', fullName: 'Sam Neteng', email: 'sam.neteng@demo-networks.example' },
  {
    username: 'priya.arch',
    fullName: 'Priya Architect',
    email: 'priya.arch@demo-networks.example',
  },
];

export const partners = [
  'Acme Cloud',
  'Globex',
  'Initech',
  'Umbrella Data',
  'Stark Labs',
  'Wayne Networks',
  'Hooli',
  'Vandelay',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Wonka Media',
] as const;

const firstNames = ['jo', 'kim', 'lee', 'max', 'ana', 'ravi', 'mia', 'tom', 'eva', 'omar'];

export const partnerDomain = (partner: string) =>
  `${partner.toLowerCase().replace(/[^a-z]+/g, '')}.example`;

/** One to three recipients at the partner, sometimes with a colleague in copy. */
export function recipients(random: Random, partner: string): string[] {
  const domain = partnerDomain(partner);
  const count = 1 + Math.floor(random() * 3);
  const emails = new Set<string>();
  while (emails.size < count) emails.add(`${pick(random, firstNames)}@${domain}`);
  if (random() < 0.3) emails.add('noc@demo-networks.example');
  return [...emails];
}
