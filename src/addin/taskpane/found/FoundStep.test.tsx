/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { fakeBridge, fakeRunner, SAMPLE_TABLES } from '../../../../test/support/paneFakes';

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('What I found', () => {
  it('shows the sheet and matched columns for each kind, and says which kinds were not found', async () => {
    render(<App bridge={fakeBridge()} runner={fakeRunner()} />);
    const schedule = await screen.findByRole('region', { name: 'Master schedule' });
    expect(within(schedule).getByRole('combobox', { name: 'Sheet for the master schedule' })).toHaveValue('Master Schedule');
    expect(within(schedule).getByText(/Headers in row 2; data in rows 3–4 \(90% sure\)/)).toBeInTheDocument();
    expect(within(schedule).getByText('3 columns matched in master schedule')).toBeInTheDocument();
    expect(within(section('Budget')).getByRole('combobox', { name: 'Sheet for the budget' })).toHaveValue('Budget');
    expect(within(section('Bell schedule')).getByText(/Not found/)).toBeInTheDocument();
    expect(within(section('Staff roster')).getByText(/Not found/)).toBeInTheDocument();
  });

  it('saves a changed sheet in the workbook and detects again with it', async () => {
    const bridge = fakeBridge();
    const runner = fakeRunner();
    const user = userEvent.setup();
    render(<App bridge={bridge} runner={runner} />);
    const staff = await screen.findByRole('region', { name: 'Staff roster' });
    await user.click(within(staff).getByRole('combobox', { name: 'Sheet for the staff roster' }));
    await user.click(await screen.findByRole('option', { name: 'Notes' }));
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.mapping).toEqual({ staff: { sheet: 'Notes' } }));
    await waitFor(() => expect(runner.detectCalls.at(-1)?.mapping).toEqual({ staff: { sheet: 'Notes' } }));
  });

  it('changes a column in place and pins the sheet and header row it was chosen on', async () => {
    const bridge = fakeBridge();
    const user = userEvent.setup();
    render(<App bridge={bridge} runner={fakeRunner()} />);
    await user.click(await screen.findByRole('button', { name: '3 columns matched in master schedule' }));
    const course = screen.getByRole('combobox', { name: 'Course title (master schedule)' });
    expect(course).toHaveValue('B · Course');
    await user.click(course);
    await user.click(await screen.findByRole('option', { name: 'C · Period' }));
    await waitFor(() =>
      expect(bridge.saved.at(-1)?.settings.mapping).toEqual({
        schedule: { sheet: 'Master Schedule', headerRow: 2, columns: { courseTitle: 'Period' } },
      }),
    );
  });

  it('confirming keeps the detected sheets as the user’s choice and moves on to the settings', async () => {
    const bridge = fakeBridge();
    const user = userEvent.setup();
    render(<App bridge={bridge} runner={fakeRunner()} />);
    await user.click(await screen.findByRole('button', { name: 'Confirm sheets' }));
    expect(await screen.findByRole('region', { name: 'Thresholds' })).toBeInTheDocument();
    const last = bridge.saved.at(-1);
    expect(last?.step).toBe('settings');
    expect(last?.settings.mapping).toEqual({ schedule: { sheet: 'Master Schedule' }, budget: { sheet: 'Budget' } });
  });

  it('reopens on the step and mapping saved in the workbook', async () => {
    const bridge = fakeBridge({ setup: { step: 'run', settings: { mapping: { budget: { sheet: 'Budget' } } } } });
    render(<App bridge={bridge} runner={fakeRunner()} />);
    expect(await screen.findByRole('button', { name: 'Run the review' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Run' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByText(/not confirmed the sheets/)).not.toBeInTheDocument();
  });

  it('says what happened and what to do when the workbook cannot be read, and reads again on request', async () => {
    let fail = true;
    const bridge = fakeBridge({
      read: async () => {
        if (fail) throw new Error('Excel is in cell-edit mode.');
        return { grids: { sheets: [{ name: 'Master Schedule', rows: [['Teacher']], originRow: 0, originCol: 0 }] }, skippedResultSheets: [] };
      },
    });
    const user = userEvent.setup();
    render(<App bridge={bridge} runner={fakeRunner({ tables: [SAMPLE_TABLES[0]] })} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not read the workbook');
    expect(alert).toHaveTextContent('Excel is in cell-edit mode.');
    expect(alert).toHaveTextContent('Close any cell you are editing in Excel, then try again.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Master schedule' })).toBeInTheDocument();
    expect(bridge.readCount).toBe(2);
  });

  it('tells the user when detection fails, with a retry', async () => {
    const runner = fakeRunner({ detect: async () => Promise.reject(new Error('Worker crashed')) });
    render(<App bridge={fakeBridge()} runner={runner} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not look through the sheets');
    expect(alert).toHaveTextContent('Worker crashed');
    expect(alert).toHaveTextContent('Choose the sheets yourself below, or try again.');
    expect(screen.getByRole('combobox', { name: 'Sheet for the master schedule' })).toHaveValue('Not used');
  });

  it('explains an empty workbook instead of showing an empty list', async () => {
    render(<App bridge={fakeBridge({ grids: { sheets: [] } })} runner={fakeRunner({ tables: [] })} />);
    expect(await screen.findByText(/This workbook has no sheets with data yet/)).toBeInTheDocument();
  });

  it('when nothing is recognised it asks the user to choose and does not offer to confirm', async () => {
    render(<App bridge={fakeBridge()} runner={fakeRunner({ tables: [] })} />);
    expect(await screen.findByText('No schedule or budget was recognised. Choose the sheets below.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm sheets' })).toBeDisabled();
  });
});
