/* global document, window */
// The create wizard's step transitions: pointerdown on Next or Back → the next step painted.
import { installProbe, median, timeInteraction } from './probe.mjs';

const labels = { basic: 'Basic configuration', details: 'Token details', review: 'Review' };

/** Arms the probe for the step whose heading reads `label`. */
const armStep = (label) =>
  window.__bench.arm(() => document.getElementById('wizard-step-heading')?.textContent === label);

async function fillBasic(page) {
  await page.getByRole('radio', { name: 'A-side Connection Service Token' }).check();
  // Native selects: the first real choice (index 0 is the empty placeholder).
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ index: 1 });
  await page
    .getByRole('group', { name: 'Port' })
    .locator('input[type=radio]:enabled')
    .first()
    .check();
  const vlan = page.getByRole('textbox', { name: 'VLAN ID' });
  const outer = page.getByRole('textbox', { name: 'Outer Tag / S-tag' });
  await vlan.or(outer).or(page.getByText('This port is untagged')).first().waitFor();
  // A tag from the top of the range: the demo seed reserves low ones.
  const tag = String(3500 + Math.floor(Math.random() * 500));
  if (await vlan.isVisible()) await vlan.fill(tag);
  if (await outer.isVisible()) {
    await outer.fill(tag);
    await page.getByRole('textbox', { name: 'Inner Tag / C-tag' }).fill(tag);
  }
}

async function fillDetails(page) {
  await page
    .getByRole('combobox', { name: 'Connection bandwidth limit' })
    .selectOption({ index: 1 });
  const recipient = page.getByRole('textbox', { name: 'Recipient email' });
  await recipient.fill('bench@example.com');
  await recipient.press('Enter');
}

export async function measureWizard(browser, origin, { runs, log }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installProbe, 'main table tbody tr');
  await page.goto(`${origin}/service-tokens/create/basic?demoReset=1`);
  await page.getByRole('heading', { level: 2, name: labels.basic }).waitFor({ timeout: 30_000 });
  await fillBasic(page);

  const next = page.getByRole('button', { name: /^Next: / });
  const back = page.getByRole('button', { name: 'Back', exact: true });
  const move = (button, target) =>
    timeInteraction(page, armStep, () => button.click(), { argument: labels[target] });

  const samples = {
    'basic → details (Next)': [],
    'details → review (Next)': [],
    'review → details (Back)': [],
    'details → basic (Back)': [],
  };
  // The first pass fills the details step; it is not timed (it includes typing).
  await next.click();
  await page.getByRole('heading', { level: 2, name: labels.details }).waitFor();
  await fillDetails(page);
  await next.click();
  await page.getByRole('heading', { level: 2, name: labels.review }).waitFor();

  for (let run = 0; run < runs; run += 1) {
    samples['review → details (Back)'].push(await move(back, 'details'));
    samples['details → basic (Back)'].push(await move(back, 'basic'));
    samples['basic → details (Next)'].push(await move(next, 'details'));
    samples['details → review (Next)'].push(await move(next, 'review'));
  }
  await context.close();

  const transitions = Object.entries(samples).map(([name, values]) => ({
    name,
    medianMs: median(values),
    maxMs: Math.max(...values),
    samples: values,
  }));
  for (const transition of transitions) {
    log(`wizard ${transition.name}: median ${transition.medianMs.toFixed(0)} ms`);
  }
  return { runs, transitions };
}
