/** The one route table: routes and links both spell a URL through it. */
export const wizardSteps = ['basic', 'details', 'review', 'created'] as const;
export type WizardStepId = (typeof wizardSteps)[number];

export const paths = {
  home: { path: '/', href: () => '/' },
  inventory: {
    path: '/service-tokens',
    href: (search?: URLSearchParams | string) => {
      const query = search ? search.toString() : '';
      return query ? `/service-tokens?${query}` : '/service-tokens';
    },
  },
  create: {
    path: '/service-tokens/create',
    stepPath: '/service-tokens/create/:step',
    href: (step: WizardStepId = 'basic') => `/service-tokens/create/${step}`,
  },
  details: {
    path: '/service-tokens/:uuid',
    href: (uuid: string) => `/service-tokens/${encodeURIComponent(uuid)}`,
  },
  signIn: {
    path: '/sign-in',
    href: (returnTo?: string) =>
      returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in',
  },
} as const;
