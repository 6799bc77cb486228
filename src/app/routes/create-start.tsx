import { redirect } from 'react-router';
import { paths } from '@/config/paths';

/** `/service-tokens/create`: the wizard starts at its first step. */
export function clientLoader() {
  return redirect(paths.create.href('basic'));
}
