/** @jest-environment jsdom */
import '../../../../test/support/jsdomSetup';
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { fakeBridge, fakeRunner } from '../../../../test/support/paneFakes';
import type { SavedSetup } from '../../bridge/types';
import { DEFAULT_THRESHOLDS } from '../../../engine/settings/defaults';

function openSettings(setup: Partial<SavedSetup> = {}) {
  const bridge = fakeBridge({ setup: { step: 'settings', settings: {}, ...setup } });
  render(<App bridge={bridge} runner={fakeRunner()} />);
  return bridge;
}

describe('Settings', () => {
  it('shows every threshold at its default with its source', async () => {
    openSettings();
    const critical = await screen.findByRole('spinbutton', { name: 'Core teacher load: critical at (students)' });
    expect(critical).toHaveValue('150');
    expect(screen.getByText('Source: ERS review of LAUSD: 150+ makes individual attention “nearly impossible”')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Secondary time in ELA + math: flag at or below (%)' })).toHaveValue('33');
    expect(screen.getByRole('spinbutton', { name: 'Professional development share of budget (%)' })).toHaveValue('6.1');
    expect(screen.getByRole('spinbutton', { name: 'Coach spending per teacher, high ($)' })).toHaveValue('2000');
    expect(screen.getByRole('button', { name: 'Reset to defaults' })).toBeDisabled();
  });

  it('saves a changed threshold in the workbook, keeping the other defaults', async () => {
    const bridge = openSettings();
    const user = userEvent.setup();
    const critical = await screen.findByRole('spinbutton', { name: 'Core teacher load: critical at (students)' });
    await user.clear(critical);
    await user.type(critical, '140{Enter}');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, coreLoadCritical: 140 }));
    const share = screen.getByRole('spinbutton', { name: 'Secondary time in ELA + math: flag at or below (%)' });
    await user.clear(share);
    await user.type(share, '40{Enter}');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.thresholds?.secondaryCoreShareMin).toBe(0.4));
    expect(bridge.saved.at(-1)?.settings.thresholds?.coreLoadCritical).toBe(140);
  });

  it('ignores a threshold typed as text that is not a number', async () => {
    const bridge = openSettings();
    const user = userEvent.setup();
    const warn = await screen.findByRole('spinbutton', { name: 'Core teacher load: warn above (students)' });
    await user.clear(warn);
    await user.type(warn, 'lots{Enter}');
    expect(bridge.saved.every((s) => s.settings.thresholds === undefined)).toBe(true);
  });

  it('saves the school level, and "From the grades" removes it again', async () => {
    const bridge = openSettings();
    const user = userEvent.setup();
    const level = await screen.findByRole('combobox', { name: /School level/ });
    await user.selectOptions(level, 'High');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.schoolLevel).toBe('high'));
    await user.selectOptions(level, 'From the grades');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings).not.toHaveProperty('schoolLevel'));
  });

  it('edits, removes and adds subject rules', async () => {
    const bridge = openSettings({
      settings: {
        subjectRules: [
          { match: 'Ma', kind: 'code', subject: 'Math', core: true },
          { match: 'Art', kind: 'keyword', subject: 'Arts' },
        ],
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Subject rules (2)' }));
    const match = screen.getByRole('textbox', { name: 'Subject rule 2: match' });
    await user.clear(match);
    await user.type(match, 'Drama');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.subjectRules?.[1]).toEqual({ match: 'Drama', kind: 'keyword', subject: 'Arts' }));
    await user.click(screen.getByRole('button', { name: 'Remove subject rule 1 (Ma)' }));
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.subjectRules).toEqual([{ match: 'Drama', kind: 'keyword', subject: 'Arts' }]));
    await user.click(screen.getByRole('button', { name: 'Add subject rule' }));
    await user.type(screen.getByRole('textbox', { name: 'Subject rule 2: match' }), 'Bio');
    await user.type(screen.getByRole('textbox', { name: 'Subject rule 2: subject' }), 'Science');
    await user.click(screen.getByRole('checkbox', { name: 'Subject rule 2: core subject' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Subject rule 2: how it matches' }), 'Exact code');
    await waitFor(() =>
      expect(bridge.saved.at(-1)?.settings.subjectRules?.[1]).toEqual({ match: 'Bio', kind: 'code', subject: 'Science', core: true }),
    );
  });

  it('adds a budget rule that maps a keyword to a use of money', async () => {
    const bridge = openSettings({ settings: { budgetUseRules: [] } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Budget rules (0)' }));
    await user.click(screen.getByRole('button', { name: 'Add budget rule' }));
    await user.type(screen.getByRole('textbox', { name: 'Budget rule 1: match' }), 'coach');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Budget rule 1: use of money' }), 'Coaches');
    await waitFor(() => expect(bridge.saved.at(-1)?.settings.budgetUseRules).toEqual([{ match: 'coach', kind: 'keyword', use: 'Coaches' }]));
  });

  it('resets thresholds, level and rules to the defaults but keeps the sheets chosen', async () => {
    const bridge = openSettings({
      settings: {
        schoolLevel: 'middle',
        thresholds: { ...DEFAULT_THRESHOLDS, prepsMax: 6 },
        mapping: { schedule: { sheet: 'Master Schedule' } },
      },
    });
    const user = userEvent.setup();
    expect(await screen.findByRole('spinbutton', { name: 'Teacher preps: flag at (courses)' })).toHaveValue('6');
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(bridge.saved.at(-1)?.settings).toEqual({ mapping: { schedule: { sheet: 'Master Schedule' } } }));
    expect(screen.getByRole('spinbutton', { name: 'Teacher preps: flag at (courses)' })).toHaveValue('4');
  });

  it('"Continue to run" moves on and remembers the step', async () => {
    const bridge = openSettings();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Continue to run' }));
    expect(await screen.findByRole('button', { name: 'Run the review' })).toBeInTheDocument();
    expect(bridge.saved.at(-1)?.step).toBe('run');
    expect(within(screen.getByRole('tablist', { name: 'Steps of the review' })).getByRole('tab', { name: '3 Run' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
