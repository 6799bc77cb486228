import { redirect } from 'react-router';
import { paths } from '@/config/paths';

/** `/`: the inventory is the portal's landing page. */
export function clientLoader() {
  return redirect(paths.inventory.href());
}
