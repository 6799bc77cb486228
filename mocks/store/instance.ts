import { DemoStore } from './demo-store';

/** The one store the handlers share (memory only until the browser configures persistence). */
export const demoStore = new DemoStore();
