import { SignInPage } from '@/features/auth/components/sign-in-page';

export default function SignIn() {
  return <SignInPage />;
}

export { RouteError as ErrorBoundary } from '../route-error';
