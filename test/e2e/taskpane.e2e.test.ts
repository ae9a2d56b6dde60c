// The built task pane in Debian's Chromium, against the strict Excel fake preloaded with a case study: a principal
// confirms the sheets, changes one threshold, runs the review and opens a flag. Screenshots go to docs/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCsv } from '../../src/files/csv';
import { readWorkbookFile } from '../../src/files/readWorkbookFile';
import type { WorkbookGrids } from '../../src/engine/types';
import { buildFakeOfficeBundle } from './buildFakeOffice';
import { gridsToSnapshot } from './gridsToSnapshot';
import { serveFolder, type StaticServer } from './staticServer';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
// The README's screenshots are rewritten only on request (`npm run screenshots`): a test run never changes a committed
// file, and a pixel of anti-aliasing that differs under load would otherwise leave a fresh clone's tree dirty.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : path.join(os.tmpdir(), 'srr-e2e-screenshots');
const CASE_STUDY = path.join(ROOT, 'assets/case-studies/high-school.xlsx');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SETUP_SETTING = 'SchoolResourceReview.setup';
const WIDTHS = [320, 450] as const;
// A current Excel has every optional feature the add-in uses (merged areas arrive with 1.13), so the screenshots
// show the real paths, not a "left out on this version of Excel" notice; older hosts are tested on their own.
const CURRENT_EXCEL_API = '1.13';
// Real school data stays in the shared folder; it is read from there, never copied into the project.
const REAL_DATA = path.resolve(ROOT, '..', 'shared/data/real');

jest.setTimeout(300_000);


interface FakeState {
  sheets: { name: string; rows: string[][] }[];
  activeSheet: string | undefined;
  selection: { sheet: string | undefined; address: string } | undefined;
  settings: Record<string, unknown>;
}

/** Reads the fake workbook back from the page: sheet texts, the selection and workbook settings. */
function readFake(page: Page): Promise<FakeState> {
  return page.evaluate(() => {
    interface Cell {
      value: string | number | boolean;
    }
    interface Sheet {
      id: string;
      name: string;
      cells: (Cell | undefined)[][];
    }
    const workbook = (window as unknown as {
      __fakeWorkbook: {
        sheets: Sheet[];
        activeSheetId?: string;
        selection?: { sheetId: string; address: string };
        settings: Map<string, unknown>;
      };
    }).__fakeWorkbook;
    const nameOf = (id: string | undefined) => workbook.sheets.find((s) => s.id === id)?.name;
    return {
      sheets: workbook.sheets.map((sheet) => ({
        name: sheet.name,
        rows: Array.from(sheet.cells ?? [], (row) => Array.from(row ?? [], (cell) => (cell ? String(cell.value) : ''))),
      })),
      activeSheet: nameOf(workbook.activeSheetId),
      selection: workbook.selection && { sheet: nameOf(workbook.selection.sheetId), address: workbook.selection.address },
      settings: Object.fromEntries(workbook.settings),
    };
  });
}

async function expectNoAxeViolations(page: Page, where: string) {
  // Tabster's focus sentinels (aria-hidden, tabindex 0, redirect focus at once) are a known axe false positive that
  // Fluent UI keeps by design (microsoft/fluentui#27517, microsoft/tabster#288); everything else is scanned.
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect({ where, violations: summary }).toEqual({ where, violations: [] });
}

async function screenshots(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // The tab indicator slides between tabs; measure and photograph the settled page, not a frame of the slide.
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'),
    );
    // At 320 px nothing may spill sideways: the pane must not scroll horizontally.
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= limit) return [];
      // Name the innermost elements that stick out, so a failure says what to fix.
      return Array.from(document.querySelectorAll('main *'))
        .filter((el) => el.getBoundingClientRect().right > limit + 0.5 && el.children.length === 0)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`);
    });
    expect({ name, width, overflow }).toEqual({ name, width, overflow: [] });
    // Nor may a control reach into the pane's right margin (a SpinButton once did by its own padding).
    const intoMargin = await page.evaluate(() => {
      const main = document.querySelector('main');
      if (!main) return ['no main'];
      const contentRight = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
      return Array.from(main.querySelectorAll<HTMLElement>('input, button, [role="combobox"], .fui-SpinButton, .fui-Input'))
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().right > contentRight + 0.5)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]} "${(el.textContent ?? '').slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)} > ${Math.round(contentRight)}`);
    });
    expect({ name, width, intoMargin }).toEqual({ name, width, intoMargin: [] });
    // The step tabs: one line (every tab at the same height), all five in view at 320 px and wider, and at most one
    // thing in the pane that looks selected as a tab.
    const tabs = await page.evaluate(() => {
      const row = document.querySelector('[role="tablist"][aria-label="Steps of the review"]');
      const tabElements = Array.from(row?.querySelectorAll<HTMLElement>('[role="tab"]') ?? []);
      return {
        tops: [...new Set(tabElements.filter((t) => t.offsetParent !== null).map((t) => Math.round(t.getBoundingClientRect().top)))].length,
        hidden: tabElements.filter((t) => t.hasAttribute('data-overflowing')).map((t) => t.textContent),
        tablists: document.querySelectorAll('[role="tablist"]').length,
        selected: document.querySelectorAll('[role="tab"][aria-selected="true"]').length,
      };
    });
    expect({ name, width, ...tabs, selected: tabs.selected <= 1 }).toEqual({ name, width, tops: 1, hidden: [], tablists: 1, selected: true });
    // Photograph each screen from its top, as a principal first sees it (keyboard steps may have scrolled it).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 450, height: 900 });
}

describe('task pane in Chromium against the Excel fake', () => {
  let server: StaticServer;
  let browser: Browser;
  let fakeOffice: string;
  let grids: WorkbookGrids;
  const pageErrors = new Map<Page, string[]>();

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, 'taskpane.html'))) {
      throw new Error('dist/taskpane.html is missing: run `npm run build:test` first (`npm test` does).');
    }
    // A missing browser fails here, loudly: the end-to-end test is never skipped.
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    [server, fakeOffice, grids] = await Promise.all([serveFolder(DIST), buildFakeOfficeBundle(ROOT), readWorkbookFile(CASE_STUDY)]);
    await fs.mkdir(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(officeScript: string | null, excelApi = CURRENT_EXCEL_API, settings: Record<string, unknown> = {}, workbook: WorkbookGrids = grids): Promise<Page> {
    // axe needs a page from an explicit context.
    const context = await browser.newContext({ viewport: { width: 450, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    pageErrors.set(page, errors);
    await page.addInitScript(
      ([snapshot, api]) => {
        Object.assign(window, { __SRR_SNAPSHOT__: snapshot, __SRR_EXCEL_API__: api });
      },
      [{ ...gridsToSnapshot(workbook), settings }, excelApi] as const,
    );
    // Nothing leaves the machine: office.js is the fake, anything else external is refused.
    await page.route(
      (url) => !url.href.startsWith(server.origin),
      (route) =>
        route.request().url() === OFFICE_JS && officeScript !== null
          ? route.fulfill({ status: 200, contentType: 'text/javascript', body: officeScript })
          : route.abort(),
    );
    await page.goto(`${server.origin}/taskpane.html`);
    return page;
  }

  it('takes a principal from the workbook to reviewed results', async () => {
    const page = await openPane(fakeOffice);
    const userSheets = grids.sheets.map((s) => s.name);

    // 1. What I found
    const confirm = page.getByRole('button', { name: 'Confirm sheets' });
    await confirm.waitFor();
    const scheduleSheet = page.getByRole('combobox', { name: 'Sheet for the master schedule' });
    const foundSchedule = (await scheduleSheet.textContent())?.trim() ?? '';
    expect(userSheets).toContain(foundSchedule);
    // Keyboard only: Tab from the top of the page reaches the confirm button through every control before it.
    await page.locator('body').focus();
    let tabs = 0;
    while (!(await confirm.evaluate((button) => button === document.activeElement)) && tabs < 100) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshots(page, '1-found');
    await expectNoAxeViolations(page, 'What I found');
    await confirm.click();

    // 2. Settings, photographed at their defaults; then one threshold changed, saved, and reset to its default, so
    // the run and the README's screenshots show the review as a principal first meets it.
    const critical = page.getByRole('spinbutton', { name: 'Core teacher load: critical at (students)' });
    await critical.waitFor();
    expect(await critical.inputValue()).toBe('150');
    await screenshots(page, '2-settings');
    await expectNoAxeViolations(page, 'Settings');
    await critical.fill('140');
    await critical.press('Enter');
    const savedSetup = () => page.evaluate((key) => String((window as unknown as { __fakeWorkbook: { settings: Map<string, unknown> } }).__fakeWorkbook.settings.get(key)), SETUP_SETTING);
    await page.waitForFunction(
      (key) => String((window as unknown as { __fakeWorkbook: { settings: Map<string, unknown> } }).__fakeWorkbook.settings.get(key)).includes('"coreLoadCritical":140'),
      SETUP_SETTING,
    );
    expect(await critical.inputValue()).toBe('140');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.waitForFunction(
      (key) => !String((window as unknown as { __fakeWorkbook: { settings: Map<string, unknown> } }).__fakeWorkbook.settings.get(key)).includes('"coreLoadCritical":140'),
      SETUP_SETTING,
    );
    expect(await critical.inputValue()).toBe('150');
    expect(await savedSetup()).toContain(`"sheet":"${foundSchedule}"`);

    // The rules in bulk: open them as a sheet, fix one in the sheet, read them back.
    await page.getByRole('button', { name: 'Open rules as a sheet' }).click();
    await page.getByText('The rules are in the sheet “Review Rules”.', { exact: false }).waitFor();
    const rulesSheet = (await readFake(page)).sheets.find((s) => s.name === 'Review Rules');
    // Below the add-in's marker row and the sheet's instructions, found by its content as the reader finds it.
    const rulesHeader = rulesSheet?.rows.findIndex((row) => row[0] === 'List') ?? -1;
    expect(rulesHeader).toBeGreaterThan(0);
    expect(rulesSheet?.rows[rulesHeader]).toEqual(['List', 'Match', 'Subject, use of money or fund', 'Match by', 'Core subject']);
    expect(rulesSheet?.rows[rulesHeader + 1]).toEqual(['Subject', 'Ma', 'Math', 'code', 'yes']);
    await page.getByRole('button', { name: 'Read rules from the sheet' }).click();
    await page.getByText(/^Read \d+ subject rules, \d+ budget rules and \d+ fund rules from “Review Rules”\.$/).waitFor();
    await expectNoAxeViolations(page, 'Settings, rules read from the sheet');
    await page.getByRole('button', { name: 'Continue to run' }).click();

    // 3. Run
    await page.getByRole('button', { name: 'Run the review' }).click();
    const figures = page.getByRole('region', { name: /^Key figures/ });
    const failure = page.getByRole('alert');
    await figures.or(failure).first().waitFor({ timeout: 120_000 }).catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nPane shows: ${await page.locator('main').innerText()}`);
    });
    // A failed run fails the test with the pane's own words.
    expect(await failure.count() ? await failure.first().textContent() : '').toBe('');

    // 4. Results
    await screenshots(page, '4-results');
    await expectNoAxeViolations(page, 'Results');

    const fake = await readFake(page);
    const resultSheets = fake.sheets.map((s) => s.name).filter((name) => !userSheets.includes(name));
    expect(resultSheets).toEqual(expect.arrayContaining(['Flags']));
    // The user's own sheets are all still there, unchanged in number.
    expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(userSheets));
    const saved = JSON.parse(String(fake.settings[SETUP_SETTING])) as { settings: { thresholds?: { coreLoadCritical?: number }; mapping?: Record<string, { sheet?: string }> } };
    expect(saved.settings.thresholds?.coreLoadCritical ?? 150).toBe(150);
    expect(saved.settings.mapping?.schedule?.sheet).toBe(foundSchedule);

    // Every flag the pane lists is on the Flags sheet.
    const flagsSheetText = fake.sheets.find((s) => s.name === 'Flags')!.rows.flat().join('\n');
    const flagButtons = page.getByRole('region', { name: 'Flags by measure' }).getByRole('listitem').getByRole('button');
    const flagCount = await flagButtons.count();
    expect(flagCount).toBeGreaterThan(0);
    const firstEnabled = flagButtons.and(page.locator(':not([disabled])')).first();
    const findingText = (await firstEnabled.locator('span.fui-Text').first().textContent())?.trim() ?? '';
    expect(findingText.length).toBeGreaterThan(0);
    expect(flagsSheetText).toContain(findingText);

    // Open a flag from the keyboard: its rows are selected in the workbook.
    await firstEnabled.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => Boolean((window as unknown as { __fakeWorkbook: { selection?: unknown } }).__fakeWorkbook.selection));
    const after = await readFake(page);
    expect(after.selection?.address).toMatch(/^A\d+(:|$)/);
    expect(after.activeSheet).toBe(after.selection?.sheet);
    expect(after.sheets.map((s) => s.name)).toContain(after.selection?.sheet);

    // Data-check findings are one click away.
    await page.getByRole('button', { name: /^Data check/ }).click();
    await screenshots(page, '5-data-check');
    await expectNoAxeViolations(page, 'Data check');

    // What if: the levers on the school's own figures, worked out again in the worker as the principal types, an
    // option set that fills them, and the values written into the What If sheet's input cells, nothing else.
    await page.getByRole('tab', { name: 'What if' }).click();
    const levers = page.getByRole('region', { name: 'Levers' }).getByRole('spinbutton');
    await levers.first().waitFor();
    const results = page.getByLabel('Results for these values');
    await results.waitFor();
    await screenshots(page, '7-what-if');
    await expectNoAxeViolations(page, 'What if');
    const whatIfSheetBefore = (await readFake(page)).sheets.find((s) => s.name === 'What If')!;
    const leverName = await levers.first().evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');
    expect(leverName.length).toBeGreaterThan(0);
    const resultsBefore = await results.innerText();
    const resultsTextBefore = await results.textContent();
    const start = Number(await levers.first().inputValue());
    const [min, max] = [Number(await levers.first().getAttribute('min')), Number(await levers.first().getAttribute('max'))];
    const tried = start - 1 >= min ? start - 1 : Math.min(max, start + 1);
    await levers.first().fill(String(tried));
    await page.waitForFunction(
      ([before]) => document.querySelector('[aria-label="Results for these values"]')?.textContent !== before,
      [resultsTextBefore] as const,
    );
    expect(await results.innerText()).not.toBe(resultsBefore);
    // Trying values wrote nothing.
    expect((await readFake(page)).sheets.find((s) => s.name === 'What If')).toEqual(whatIfSheetBefore);
    const firstOption = page.getByRole('region', { name: 'Option sets' }).getByRole('button').first();
    await firstOption.click();
    expect(await firstOption.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Reset to recommended' }).click();
    expect(Number(await levers.first().inputValue())).toBe(start);
    await levers.first().fill(String(tried));
    await page.getByRole('button', { name: 'Write these values into the What If sheet' }).click();
    await page.getByText(/^Wrote \d+ values? into the input cells of “What If”/).waitFor();
    const whatIfSheetAfter = (await readFake(page)).sheets.find((s) => s.name === 'What If')!;
    // The levers table, by its header row: the lever by its label, its input in "Your value".
    const leversHeader = whatIfSheetAfter.rows.findIndex((row) => row.includes('Your value'));
    const leverCol = whatIfSheetAfter.rows[leversHeader].indexOf('Lever');
    const yourValue = whatIfSheetAfter.rows[leversHeader].indexOf('Your value');
    const leverRow = whatIfSheetAfter.rows.findIndex((row, r) => r > leversHeader && row[leverCol] === leverName);
    expect(leverRow).toBeGreaterThan(leversHeader);
    expect(Number(whatIfSheetAfter.rows[leverRow][yourValue])).toBe(tried);
    // Only that input cell changed: the others held their values already.
    const changed = whatIfSheetAfter.rows.flatMap((row, r) => row.map((cell, c) => (cell !== (whatIfSheetBefore.rows[r]?.[c] ?? '') ? `${r},${c}` : null))).filter(Boolean);
    expect(changed).toEqual([`${leverRow},${yourValue}`]);

    // The Run step keeps its outcome: which sheets were written.
    await page.getByRole('tab', { name: 'Run' }).click();
    await page.getByText(/^Done: \d+ result sheets written/).waitFor();
    await screenshots(page, '3-run');
    await expectNoAxeViolations(page, 'Run');

    // Remove results: confirmed in a dialog, it deletes the result sheets and nothing of the user's.
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByRole('button', { name: 'Remove results…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the result sheets?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'Remove results dialog');
    await dialog.getByRole('button', { name: 'Remove results' }).click();
    await page.getByText(`Removed ${resultSheets.length - 1} result sheets:`, { exact: false }).waitFor();
    const removed = await readFake(page);
    // The rules sheet the principal opened stays; every other sheet the run wrote is gone.
    expect(removed.sheets.map((s) => s.name)).toEqual([...userSheets, 'Review Rules']);

    expect(pageErrors.get(page)).toEqual([]);
    await page.context().close();
  });

  it('reviews real school data through the worker: St Paul’s timetable and Lane Tech positions', async () => {
    const real = (file: string) => parseCsv(readFileSync(path.join(REAL_DATA, file), 'utf8'));
    const workbook: WorkbookGrids = {
      name: 'Real data.xlsx',
      sheets: [
        { name: 'sections', rows: real('uk-stpauls-xhstt/sections.csv'), originRow: 0, originCol: 0 },
        { name: 'positions', rows: real('cps-lane-tech-positions-2019/positions.csv'), originRow: 0, originCol: 0 },
      ],
    };
    const page = await openPane(fakeOffice, CURRENT_EXCEL_API, {}, workbook);
    await page.getByRole('button', { name: 'Confirm sheets' }).click();
    await page.getByRole('button', { name: 'Continue to run' }).click();
    await page.getByRole('button', { name: 'Run the review' }).click();
    await page.getByRole('region', { name: /^Key figures/ }).or(page.getByRole('alert')).first().waitFor({ timeout: 120_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    const fake = await readFake(page);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      'sections',
      'positions',
      'Summary',
      'Charts',
      'Teacher Load',
      'Class Size',
      'Class Size by Group',
      'Time by Subject',
      'Collaboration',
      'Budget by Use',
      'Flags',
      'What If',
      'Data Check',
      'Tables Read',
    ]);
    expect(pageErrors.get(page)).toEqual([]);
    await page.context().close();
  });

  it('closed and reopened mid-way, the pane comes back on the same step with the same choices', async () => {
    const first = await openPane(fakeOffice);
    await first.getByRole('button', { name: 'Confirm sheets' }).click();
    const prepsFirst = first.getByRole('spinbutton', { name: 'Teacher preps: flag at (courses)' });
    await prepsFirst.fill('5');
    await prepsFirst.press('Enter');
    await first.waitForFunction(
      (key) => String((window as unknown as { __fakeWorkbook: { settings: Map<string, unknown> } }).__fakeWorkbook.settings.get(key)).includes('"prepsMax":5'),
      SETUP_SETTING,
    );
    const { settings } = await readFake(first);
    await first.context().close();

    // A new pane on the same workbook (its settings carried over, as Excel keeps them in the file).
    const second = await openPane(fakeOffice, CURRENT_EXCEL_API, settings);
    const prepsAgain = second.getByRole('spinbutton', { name: 'Teacher preps: flag at (courses)' });
    await prepsAgain.waitFor();
    expect(await prepsAgain.inputValue()).toBe('5');
    expect(await second.getByRole('tab', { name: 'Settings' }).getAttribute('aria-selected')).toBe('true');
    await second.getByRole('tab', { name: 'What I found' }).click();
    const scheduleSheet = second.getByRole('combobox', { name: 'Sheet for the master schedule' });
    await scheduleSheet.waitFor();
    expect((await scheduleSheet.textContent())?.trim()).toBe(
      (JSON.parse(String(settings[SETUP_SETTING])) as { settings: { mapping: { schedule: { sheet: string } } } }).settings.mapping.schedule.sheet,
    );
    await second.context().close();
  });

  it('opens a bundled case study as a new workbook, fetching it only when asked', async () => {
    const page = await openPane(fakeOffice);
    const fetched: string[] = [];
    page.on('request', (request) => request.url().endsWith('.xlsx') && fetched.push(new URL(request.url()).pathname));
    await page.getByRole('button', { name: 'Case studies' }).click();
    const open = page.getByRole('button', { name: 'Open the middle school (6-8) case study as a new workbook' });
    await open.waitFor();
    // Photographed where Excel can open a new workbook (ExcelApi 1.8 and later), the path most principals see.
    await screenshots(page, '6-case-studies');
    await expectNoAxeViolations(page, 'Case studies');
    await open.click();
    await page.getByText('Middle school (6-8) opened in a new Excel window.').waitFor();
    expect(fetched).toEqual(['/assets/case-studies/middle-school.xlsx']);
    const created = await page.evaluate(
      () => (window as unknown as { __fakeWorkbook: { createdWorkbooks: string[] } }).__fakeWorkbook.createdWorkbooks,
    );
    const expected = (await fs.readFile(path.join(DIST, 'assets/case-studies/middle-school.xlsx'))).toString('base64');
    expect(created).toHaveLength(1);
    expect(created[0] === expected).toBe(true);
    await page.context().close();
  });

  it('on a host without createWorkbook, the case studies say so and offer downloads', async () => {
    const page = await openPane(fakeOffice, '1.7');
    await page.getByRole('button', { name: 'Case studies' }).click();
    await page.getByText('This version of Excel cannot open a new workbook from an add-in.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: /Download the high school/ }).getAttribute('href')).toBe(
      'assets/case-studies/high-school.xlsx',
    );
    await expectNoAxeViolations(page, 'Case studies without createWorkbook');
    await page.context().close();
  });

  it('opened in a plain browser, says what it is and how to open it in Excel', async () => {
    const page = await openPane(null);
    await page.getByRole('heading', { name: 'School Resource Review' }).waitFor();
    await page.getByText('It is open in a web browser, not inside Excel', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'Outside Office');
    await page.context().close();
  });
});
