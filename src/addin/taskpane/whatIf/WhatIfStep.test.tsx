/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import WhatIfStep from './WhatIfStep';
import type { Drafts } from './whatIfModel';
import { whatIfSheet, type WhatIf, type WhatIfResult } from '../../../engine/whatIf';
import type { InputsWritten } from '../../bridge/types';
import { App } from '../App';
import type { ReviewResult } from '../../../engine/types';
import { deferred, fakeBridge, fakeRunner, sampleResult, SAMPLE_REPORT } from '../../../../test/support/paneFakes';
import { evaluateSample, sampleWhatIf } from '../../../../test/support/whatIfSample';

interface Options {
  whatIf?: WhatIf | null;
  hasResult?: boolean;
  evaluate?: (inputs: Record<string, number>) => Promise<WhatIfResult[]>;
  onWrite?: ((inputs: Record<string, number>) => Promise<InputsWritten>) | null;
  kept?: Record<string, number>;
}

function show(options: Options = {}) {
  const whatIf = options.whatIf === undefined ? sampleWhatIf() : options.whatIf;
  const evaluations: Record<string, number>[] = [];
  const evaluate = jest.fn(async (inputs: Record<string, number>) => {
    evaluations.push(inputs);
    return options.evaluate ? options.evaluate(inputs) : evaluateSample(inputs);
  });
  const onWrite =
    options.onWrite === null
      ? undefined
      : jest.fn(options.onWrite ?? (async (inputs: Record<string, number>) => ({ sheet: 'What If', written: Object.keys(inputs), missing: [] })));
  const onGoToRun = jest.fn();
  // The pane keeps the boxes' contents; this stands in for it.
  function Harness() {
    const [drafts, setDrafts] = useState<Drafts | null>(null);
    return (
      <WhatIfStep
        whatIf={whatIf}
        hasResult={options.hasResult ?? true}
        drafts={drafts}
        sheet={whatIf && options.kept ? whatIfSheet(whatIf, options.kept) : null}
        onDraftsChange={setDrafts}
        evaluate={evaluate}
        onWrite={onWrite}
        onGoToRun={onGoToRun}
      />
    );
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <Harness />
    </FluentProvider>,
  );
  return { evaluations, onWrite, onGoToRun, user: userEvent.setup() };
}

/** The term of a result: its label, then its recommended value when it has one. */
const term = (label: string) => (_: string, element: Element | null) => element?.tagName === 'DT' && (element.textContent ?? '').startsWith(label);

/** A result's value as read out beside its label. */
async function resultShown(label: string): Promise<HTMLElement> {
  return (await screen.findByText(term(label))).nextElementSibling as HTMLElement;
}

function resultNow(label: string): HTMLElement {
  return screen.getByText(term(label)).nextElementSibling as HTMLElement;
}

const box = (label: string) => screen.getByRole('spinbutton', { name: label });

describe('What if', () => {
  it('before a run, says to run the review and offers the way to Run', async () => {
    const { onGoToRun, user } = show({ whatIf: null, hasResult: false });
    expect(screen.getByText(/Run the review first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to Run' }));
    expect(onGoToRun).toHaveBeenCalledTimes(1);
  });

  it('says so when the review gave no lever, instead of a blank step', () => {
    show({ whatIf: null, hasResult: true });
    expect(screen.getByText(/found no lever to try/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to Run' })).toBeNull();
  });

  it('shows each lever as a labelled number box with its range, step, current value and note, starting at the recommended value', async () => {
    show();
    const classSize = box('Average core class size');
    expect(classSize).toHaveValue(25);
    expect(classSize).toHaveAttribute('min', '15');
    expect(classSize).toHaveAttribute('max', '35');
    expect(classSize).toHaveAttribute('step', '1');
    expect(classSize).toHaveAccessibleDescription('Now 28; meets practice at 25.');
    // The lever's note, folded under it.
    expect(screen.getAllByText('What it means')[0].closest('details')).toHaveTextContent('Smaller classes need more core teachers.');
    expect(box('Counselor FTE')).toHaveValue(2);
    expect(box('Counselor FTE')).toHaveAttribute('step', '0.5');
    // At 25: 2,800 / (25 × 5) = 22.4 FTE; (22.4 − 20) × $70,000 = $168,000; 560 / 2 = 280 students a counselor
    // ("watch": over 250, within 350); net $168,000 + (2 − 1) × $60,000 = $228,000.
    expect(await resultShown('Core teacher FTE needed')).toHaveTextContent('22.4');
    expect(await resultShown('Cost or money freed (teachers)')).toHaveTextContent('$168,000 cost');
    expect(await resultShown('Students per counselor')).toHaveTextContent('280watch');
    expect(screen.getByText('Recommended: 250 or fewer')).toBeInTheDocument();
    expect(await resultShown('Net effect on the budget')).toHaveTextContent('$228,000 cost');
    // And again at the foot of the pane, in view while the principal types far above the results.
    expect(screen.getByRole('status', { name: 'Net effect: $228,000 cost' })).toHaveTextContent('Net effect$228,000 cost');
  });

  it('starts from the values the principal kept on the sheet', async () => {
    const { evaluations } = show({ kept: { 'coreClassSize': 30 } });
    expect(box('Average core class size')).toHaveValue(30);
    // 2,800 / 150 = 18.67 FTE; (18.667 − 20) × $70,000 = −$93,333: money freed.
    expect(await resultShown('Cost or money freed (teachers)')).toHaveTextContent('$93,333 freed');
    expect(evaluations[0]).toEqual({ 'coreClassSize': 30, 'counselorFte': 2 });
  });

  it('works the results out again as the principal types: cost in red, money freed in green', async () => {
    const { evaluations, user } = show();
    expect(await resultShown('Net effect on the budget')).toHaveTextContent('$228,000 cost');
    expect(getComputedStyle(await resultShown('Net effect on the budget')).color).toBe('var(--colorPaletteRedForeground1)');
    await user.clear(box('Average core class size'));
    await user.type(box('Average core class size'), '35');
    // 2,800 / 175 = 16 FTE: 4 fewer, $280,000 freed; net −$280,000 + $60,000 = −$220,000, freed.
    await waitFor(() => expect(resultNow('Net effect on the budget')).toHaveTextContent('$220,000 freed'));
    expect(await resultShown('Core teacher FTE needed')).toHaveTextContent('16');
    // "3" on the way to "35" is under the minimum of 15: it is never sent to the engine.
    expect(evaluations.map((e) => e['coreClassSize'])).toEqual([25, 35]);
    expect(getComputedStyle(resultNow('Net effect on the budget')).color).toBe('var(--colorPaletteGreenForeground1)');
    expect(screen.getByRole('status', { name: 'Net effect: $220,000 freed' })).toBeInTheDocument();
    // A count is neither.
    expect(getComputedStyle(resultNow('Core teacher FTE needed')).color).not.toMatch(/Red|Green/);
  });

  it('marks a value out of range, shows no results for it and does not write it', async () => {
    const { evaluations, user } = show();
    await resultShown('Core teacher FTE needed');
    await user.clear(box('Counselor FTE'));
    await user.type(box('Counselor FTE'), '9');
    expect(screen.getByText('Type a number from 0 to 6.')).toBeInTheDocument();
    expect(box('Counselor FTE')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Fix the value marked above to see the results for it.')).toBeInTheDocument();
    expect(screen.queryByText('Core teacher FTE needed')).toBeNull();
    expect(screen.getByRole('button', { name: 'Write these values into the What If sheet' })).toBeDisabled();
    expect(evaluations).toHaveLength(1);
  });

  it('shows the results for a value kept on the sheet outside this run\'s range, and says so once, at its box', async () => {
    // Last time the principal typed 40 for the class size; this run's range is 15 to 35.
    const { evaluations, onWrite, user } = show({ kept: { coreClassSize: 40, counselorFte: 2 } });
    expect(box('Average core class size')).toHaveValue(40);
    // 2,800 seats / (40 × 5 sections a teacher) = 14 core teacher FTE.
    await waitFor(() => expect(resultNow('Core teacher FTE needed')).toHaveTextContent('14'));
    expect(evaluations[0]).toEqual({ coreClassSize: 40, counselorFte: 2 });
    const said = '40, kept on the What If sheet, is outside this lever’s range of 15 to 35: the results use it.';
    // Said once, beside the box it is about (a screen reader hears it with the box); the results are not held back.
    expect(screen.getAllByText(/outside/)).toHaveLength(1);
    expect(box('Average core class size')).toHaveAccessibleDescription(`${said} Now 28; meets practice at 25.`);
    expect(box('Average core class size')).not.toHaveAttribute('aria-invalid', 'true');
    // Writing it back changes nothing on the sheet, so it is allowed.
    await user.click(screen.getByRole('button', { name: 'Write these values into the What If sheet' }));
    expect(onWrite).toHaveBeenCalledWith({ coreClassSize: 40, counselorFte: 2 });
    // Another value outside the range, typed now, is refused as before.
    await user.clear(box('Average core class size'));
    await user.type(box('Average core class size'), '41');
    expect(screen.getByText('Type a number from 15 to 35.')).toBeInTheDocument();
    expect(screen.getByText('Fix the value marked above to see the results for it.')).toBeInTheDocument();
    expect(screen.queryByText(/outside/)).toBeNull();
  });

  it('fills the levers from an option set, and resets them to the recommended values', async () => {
    const { user } = show();
    const reset = screen.getByRole('button', { name: 'Reset to recommended' });
    expect(reset).toBeDisabled();
    const lower = screen.getByRole('button', { name: /Lower core loads to 100/ });
    expect(lower).toHaveTextContent('net cost $560,000');
    expect(screen.getByRole('button', { name: /Fund it from larger classes/ })).toHaveTextContent('frees $220,000 net');
    await user.click(lower);
    expect(box('Average core class size')).toHaveValue(20);
    expect(box('Counselor FTE')).toHaveValue(1);
    expect(lower).toHaveAttribute('aria-pressed', 'true');
    // At 20: 2,800 / 100 = 28 FTE, (28 − 20) × $70,000 = $560,000; 560 students to 1 counselor is far from 250.
    await waitFor(() => expect(resultNow('Cost or money freed (teachers)')).toHaveTextContent('$560,000 cost'));
    expect(await resultShown('Students per counselor')).toHaveTextContent('560far from');
    await user.click(reset);
    expect(box('Average core class size')).toHaveValue(25);
    expect(box('Counselor FTE')).toHaveValue(2);
    expect(lower).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(resultNow('Net effect on the budget')).toHaveTextContent('$228,000 cost'));
  });

  it('shows the answer to the latest values, not a slower answer to earlier ones', async () => {
    const slow = deferred<WhatIfResult[]>();
    let calls = 0;
    const { user } = show({
      evaluate: async (inputs) => {
        calls += 1;
        return calls === 2 ? slow.promise : evaluateSample(inputs);
      },
    });
    await resultShown('Core teacher FTE needed');
    await user.click(screen.getByRole('button', { name: /Lower core loads to 100/ }));
    await user.click(screen.getByRole('button', { name: 'Reset to recommended' }));
    await waitFor(() => expect(resultNow('Core teacher FTE needed')).toHaveTextContent('22.4'));
    // The answer for the option set (28 FTE) arrives last and is dropped.
    slow.resolve(evaluateSample({ 'coreClassSize': 20, 'counselorFte': 1 }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await resultShown('Core teacher FTE needed')).toHaveTextContent('22.4');
  });

  it("shows the engine's error in words", async () => {
    show({
      evaluate: async () => {
        throw new Error('The review engine stopped unexpectedly: out of memory. Try the run again.');
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The results could not be worked out');
    expect(alert).toHaveTextContent('out of memory');
  });

  it('writes the current values through the bridge and says what it wrote', async () => {
    const { onWrite, user } = show();
    await user.click(screen.getByRole('button', { name: /Lower core loads to 100/ }));
    await user.click(screen.getByRole('button', { name: 'Write these values into the What If sheet' }));
    expect(onWrite).toHaveBeenCalledWith({ 'coreClassSize': 20, 'counselorFte': 1 });
    expect(await screen.findByText('Wrote 2 values into the input cells of “What If”; its results recalculate in Excel.')).toBeInTheDocument();
  });

  it('says which levers the sheet no longer has a row for', async () => {
    const { user } = show({ onWrite: async () => ({ sheet: 'What If', written: ['coreClassSize'], missing: ['counselorFte'] }) });
    await user.click(screen.getByRole('button', { name: 'Write these values into the What If sheet' }));
    expect(
      await screen.findByText(
        'Wrote 1 value into the input cells of “What If”; its results recalculate in Excel. The sheet has no row for Counselor FTE any more, so that value was not written; run the review again to restore the rows.',
      ),
    ).toBeInTheDocument();
  });

  it("shows the bridge's error and keeps the values in the pane", async () => {
    const { user } = show({
      onWrite: async () => {
        throw new Error('There is no "What If" sheet from the review in this workbook (it was removed or renamed).');
      },
    });
    await user.clear(box('Average core class size'));
    await user.type(box('Average core class size'), '27');
    await user.click(screen.getByRole('button', { name: 'Write these values into the What If sheet' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your values were not written');
    expect(alert).toHaveTextContent('There is no "What If" sheet from the review');
    expect(box('Average core class size')).toHaveValue(27);
  });

  it('without a What If sheet in this run, keeps the values in the pane and offers no write', async () => {
    show({ onWrite: null });
    expect(screen.queryByRole('button', { name: 'Write these values into the What If sheet' })).toBeNull();
    expect(screen.getByText('This run wrote no What If sheet, so these values stay in the pane.')).toBeInTheDocument();
    // The results still come (the test waits for them rather than end while the engine answers).
    expect(await resultShown('Net effect on the budget')).toHaveTextContent('$228,000 cost');
  });

  it('is used from the keyboard: Tab reaches each box and its note in order, then the option sets', async () => {
    const { user } = show();
    await resultShown('Core teacher FTE needed');
    const notes = screen.getAllByText('What it means');
    await user.tab();
    expect(box('Average core class size')).toHaveFocus();
    await user.tab();
    expect(notes[0]).toHaveFocus();
    await user.tab();
    expect(box('Counselor FTE')).toHaveFocus();
    await user.tab();
    expect(notes[1]).toHaveFocus();
    await user.tab();
    // Reset is disabled at the recommended values, so the next stop is the first option set.
    expect(screen.getByRole('button', { name: /Lower core loads to 100/ })).toHaveFocus();
    const options = screen.getByRole('heading', { name: 'Option sets' }).parentElement!;
    expect(within(options).getAllByRole('button')).toHaveLength(2);
  });
});

describe('What if in the pane', () => {
  it('after a run, starts the levers where the sheet kept them, recomputes in the runner and writes into the What If sheet', async () => {
    const bridge = fakeBridge({
      setup: { step: 'run', settings: { mapping: { schedule: { sheet: 'Master Schedule' } } } },
      // What the principal typed on the What If sheet last time.
      whatIfInputs: { coreClassSize: { value: 30, start: 25 } },
    });
    // The engine keeps it in the sheet it describes (the fake runner stands in for that with the engine's own sheet).
    const keptSheet = whatIfSheet(sampleWhatIf(), { coreClassSize: 30 });
    const runner = fakeRunner({
      review: async () => ({ result: { ...sampleResult(), whatIf: sampleWhatIf() } as ReviewResult, report: { sheets: [...SAMPLE_REPORT.sheets, keptSheet] } }),
    });
    render(<App bridge={bridge} runner={runner} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Run the review' }));
    await screen.findByRole('region', { name: 'Key figures for Lincoln Middle' });
    await user.click(screen.getByRole('tab', { name: 'What if' }));
    expect(await screen.findByRole('spinbutton', { name: 'Average core class size' })).toHaveValue(30);
    // 2,800 / (30 × 5) = 18.67 FTE: (18.667 − 20) × $70,000 = $93,333 freed.
    expect(await resultShown('Cost or money freed (teachers)')).toHaveTextContent('$93,333 freed');
    expect(runner.reviewCalls[0].whatIfInputs).toEqual({ coreClassSize: { value: 30, start: 25 } });
    expect(runner.whatIfCalls).toEqual([{ coreClassSize: 30, counselorFte: 2 }]);

    // Typed values survive a visit to another step.
    await user.clear(box('Counselor FTE'));
    await user.type(box('Counselor FTE'), '3');
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    await user.click(screen.getByRole('tab', { name: 'What if' }));
    expect(await screen.findByRole('spinbutton', { name: 'Counselor FTE' })).toHaveValue(3);
    expect(bridge.saved.at(-1)?.step).toBe('whatif');

    await user.click(screen.getByRole('button', { name: 'Write these values into the What If sheet' }));
    await screen.findByText(/Wrote 2 values/);
    expect(bridge.inputsWritten).toEqual([{ coreClassSize: 30, counselorFte: 3 }]);
  });
});
