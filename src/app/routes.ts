import { index, route, type RouteConfig } from '@react-router/dev/routes';
import { paths } from '../config/paths';

/** The one route table: each address and the route module (src/app/routes/) that renders it. */
export default [
  index('routes/home.tsx'),
  route(paths.inventory.path, 'routes/inventory.tsx'),
  route(paths.create.path, 'routes/create-start.tsx'),
  route(paths.create.stepPath, 'routes/create-token.tsx'),
  route(paths.details.path, 'routes/token-details.tsx'),
  route(paths.signIn.path, 'routes/sign-in.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
