/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResultsStep from './ResultsStep';
import { sampleResult } from '../../../../test/support/paneFakes';
import type { ReviewResult } from '../../../engine/types';

function show(result: ReviewResult | null, onSelectRange = jest.fn(async () => undefined), onGoToRun = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsStep result={result} onSelectRange={onSelectRange} onGoToRun={onGoToRun} />
    </FluentProvider>,
  );
  return { onSelectRange, onGoToRun };
}

function figure(label: string): string | null | undefined {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('Results', () => {
  it('shows the five key figures, formatted, with loads in seats when there is no student roster', () => {
    show(sampleResult());
    expect(figure('Spending per pupil')).toBe('$9,876');
    expect(figure('Median core teacher load')).toBe('131 seats');
    expect(figure('Highest core teacher load')).toBe('162 seats');
    expect(figure('Time in ELA + math')).toBe('36.1%');
    expect(figure('Teams with a 90-minute block')).toBe('1 of 4');
  });

  it('says "not in this workbook" rather than showing a zero when a figure could not be worked out', () => {
    const base = sampleResult();
    show({
      ...base,
      keyFigures: { ...base.keyFigures, perPupil: null, medianCoreLoad: null, highestCoreLoad: null, elaMathShare: null, teams: 0, teamsWith90MinuteBlock: null },
    });
    expect(figure('Spending per pupil')).toBe('not in this workbook');
    expect(figure('Time in ELA + math')).toBe('not in this workbook');
    expect(figure('Teams with a 90-minute block')).toBe('no teams found');
  });

  it('without a schedule: no "0 of 0 teams"; with some teams unjudged, the count is out of the judged ones', () => {
    const base = sampleResult();
    show({ ...base, keyFigures: { ...base.keyFigures, teachers: null, sections: null, teams: null, teamsWith90MinuteBlock: null, teamsJudged: 0 } });
    expect(figure('Teams with a 90-minute block')).toBe('not in this workbook');
    cleanup();
    // 4 teams, one with a member whose days could not be read: 1 of the 3 judged teams has a block.
    show({ ...base, keyFigures: { ...base.keyFigures, teams: 4, teamsWith90MinuteBlock: 1, teamsJudged: 3, teamsUnread: 1 } });
    expect(figure('Teams with a 90-minute block')).toBe('1 of 3 (1 more unknown)');
    cleanup();
    show({ ...base, keyFigures: { ...base.keyFigures, teams: 4, teamsWith90MinuteBlock: null, teamsJudged: 0, teamsUnread: 4 } });
    expect(figure('Teams with a 90-minute block')).toBe('unknown');
  });

  it('shows the school level and where it came from; an assumed one points to Settings', () => {
    const base = sampleResult();
    show(base);
    expect(figure('School level')).toBe('Middle (from the grades)');
    cleanup();
    show({ ...base, school: { ...base.school, level: 'high', levelBasis: 'assumed' } });
    expect(figure('School level')).toBe('High (assumed: no grades found; set it in Settings)');
  });

  it('names loads in unique students when every core teacher has a roster count', () => {
    const base = sampleResult();
    const rostered = { teacher: 'Ng', sections: 5, seats: 140, uniqueStudents: 131, preps: 2, periodsPerCycle: 25, minutesPerWeek: null, teachesCore: true, sectionIds: [], rows: [] };
    show({ ...base, teachers: [rostered] });
    expect(figure('Median core teacher load')).toBe('131 students');
  });

  it('says "not in this workbook" for the 90-minute block when no team\'s block length is known', () => {
    const base = sampleResult();
    show({ ...base, keyFigures: { ...base.keyFigures, teams: 4, teamsWith90MinuteBlock: null, teamBlocksKnown: false } });
    expect(figure('Teams with a 90-minute block')).toBe('not in this workbook');
    expect(figure('Median core teacher load')).toBe('131 seats');
  });

  it('lists flags most severe first, each with its lever and cost', () => {
    show(sampleResult());
    const items = within(screen.getByRole('list', { name: 'Flags, most severe first' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.slice(0, 30))).toEqual([
      expect.stringMatching(/^Critical Core teacher load/),
      expect.stringMatching(/^Warning Collaboration time/),
      expect.stringMatching(/^Note Teacher preps/),
    ]);
    expect(items[0]).toHaveTextContent('Lever: Two more English sections bring every load under 150. (cost $190,000)');
    expect(items[0]).toHaveTextContent('Source: ERS review of LAUSD');
  });

  it('clicking a flag selects its rows in the sheet', async () => {
    const { onSelectRange } = show(sampleResult());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Smith teaches 162 students/ }));
    expect(onSelectRange).toHaveBeenCalledWith('Master Schedule', '3:9');
    await user.click(screen.getByRole('button', { name: /Jones teaches 4 different courses/ }));
    expect(onSelectRange).toHaveBeenLastCalledWith('Master Schedule', '4:4');
  });

  it('a flag without rows cannot be clicked', () => {
    show(sampleResult());
    expect(screen.getByRole('button', { name: /Grade 7 team has no 90-minute block/ })).toBeDisabled();
  });

  it('explains a failed selection', async () => {
    show(sampleResult(), jest.fn(async () => Promise.reject(new Error('Sheet "Master Schedule" not found.'))));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Smith teaches 162 students/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not go to those rows');
    expect(alert).toHaveTextContent('Sheet "Master Schedule" not found.');
    expect(alert).toHaveTextContent('run the review again');
  });

  it('puts the data-check findings one click away, errors first', async () => {
    show(sampleResult());
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Data check (2)' }));
    const items = within(screen.getByRole('list', { name: 'Data check findings' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Error Master Schedule!C7Period "7b" is not a period.');
    expect(items[1]).toHaveTextContent('Note BudgetBudget read: 1 line.');
  });

  it('a data-check finding with a cell goes to that cell', async () => {
    const { onSelectRange } = show(sampleResult());
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Data check (2)' }));
    await user.click(screen.getByRole('button', { name: 'Go to Master Schedule!C7' }));
    expect(onSelectRange).toHaveBeenCalledWith('Master Schedule', 'C7');
    expect(screen.queryByRole('button', { name: /Go to Budget/ })).not.toBeInTheDocument();
  });

  it('says so when there are no flags and no data-check findings', async () => {
    show(sampleResult({ flags: [], dataCheck: [] }));
    expect(screen.getByText('No flags: everything is within the thresholds you set.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Data check (0)' }));
    expect(screen.getByText('The data check found nothing to fix.')).toBeInTheDocument();
  });

  it('before any run, points to the Run step', async () => {
    const { onGoToRun } = show(null);
    expect(screen.getByText('No results yet. Run the review to see the key figures and flags here.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Go to Run' }));
    await waitFor(() => expect(onGoToRun).toHaveBeenCalledTimes(1));
  });
});
