import type { Resolver } from 'react-hook-form';
import type { SignInValues } from './sign-in-schema';

/**
 * The sign-in form's resolver. zod, its resolver and the schema load with the form's first check
 * (a blur or Sign in), not with the page: the sign-in page's first load stays within budget
 * (docs/decisions/007-first-load-budget.md).
 */
export const signInResolver: Resolver<SignInValues> = async (values, context, options) => {
  const [{ zodResolver }, { signInSchema }] = await Promise.all([
    import('@hookform/resolvers/zod'),
    import('./sign-in-schema'),
  ]);
  return zodResolver(signInSchema)(values, context, options);
};
