/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StepTabs } from './StepTabs';
import { App } from '../App';
import { fakeBridge, fakeRunner } from '../../../../test/support/paneFakes';

const STEPS = [
  { value: 'found', label: 'What I found' },
  { value: 'settings', label: 'Settings' },
  { value: 'run', label: 'Run' },
  { value: 'results', label: 'Results' },
] as const;

/** Renders the row in a window `width` px wide (jsdomSetup's text layout: 6 px a character + 16 px a tab). */
async function showAt(width: number, selected: string, onSelect = jest.fn()) {
  Object.assign(window, { innerWidth: width });
  render(
    <FluentProvider theme={webLightTheme}>
      <StepTabs tabs={STEPS} selected={selected} onSelect={onSelect} label="Steps of the review" />
    </FluentProvider>,
  );
  // The overflow manager measures after a debounce.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  return onSelect;
}

/** A tab the row had no room for is hidden (display: none), so it has no accessible name: found by its value. */
function tab(label: string): HTMLElement {
  const value = STEPS.find((s) => s.label === label)?.value;
  const element = document.querySelector<HTMLElement>(`[role="tab"][value="${value}"]`);
  if (!element) throw new Error(`No tab ${label}`);
  return element;
}
const shown = (label: string) => !tab(label).hasAttribute('data-overflowing');

afterEach(() => Object.assign(window, { innerWidth: 1024 }));

describe('the step tabs', () => {
  it('fit on one line in a 320 px pane, with no "More" menu', async () => {
    // 296 px inside the pane's padding; the tabs take 88 + 64 + 34 + 58 = 244.
    await showAt(320, 'found');
    expect(STEPS.map((s) => shown(s.label))).toEqual([true, true, true, true]);
    expect(screen.queryByRole('button', { name: /More/ })).not.toBeInTheDocument();
  });

  it('where they do not fit, move the last ones into "More" and keep the selected one in view', async () => {
    // 216 px: all four (244) do not fit; with the 64 px menu, "What I found" + "Settings" (88 + 64 + 64 = 216) do.
    const onSelect = await showAt(240, 'found');
    expect(STEPS.map((s) => shown(s.label))).toEqual([true, true, false, false]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'More (2)' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Run', 'Results']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Results' }));
    expect(onSelect).toHaveBeenCalledWith('results');
  });

  it('the selected step is the last to go: on Results, Run and Settings make way', async () => {
    // 88 + 58 + 64 (menu) = 210 of 216 px.
    await showAt(240, 'results');
    expect(STEPS.map((s) => shown(s.label))).toEqual([true, false, false, true]);
    expect(tab('Results')).toHaveAttribute('aria-selected', 'true');
  });
});

describe('the pane header', () => {
  it('says "What I found", and only one tab row: the case studies are a link, and on them no step looks selected', async () => {
    render(<App bridge={fakeBridge()} runner={fakeRunner()} fetchAsset={jest.fn()} />);
    const tabs = await screen.findByRole('tablist', { name: 'Steps of the review' });
    for (const name of ['What I found', 'Settings', 'Run', 'Results', 'What if']) expect(within(tabs).getByRole('tab', { name })).toBeVisible();
    expect(within(tabs).getAllByRole('tab')).toHaveLength(5);
    expect(screen.getAllByRole('tablist')).toHaveLength(1);
    expect(within(tabs).getByRole('tab', { name: 'What I found' })).toHaveAttribute('aria-selected', 'true');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Case studies' }));
    expect(await screen.findByRole('region', { name: 'Case studies' })).toBeInTheDocument();
    expect(within(tabs).getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true')).toEqual([]);
    await user.click(within(tabs).getByRole('tab', { name: 'Run' }));
    expect(within(tabs).getByRole('tab', { name: 'Run' })).toHaveAttribute('aria-selected', 'true');
  });
});
