// Shows that a speed-up changed no figure (issue 12): the command line's --json for the real data (St Paul's, Lane
// Tech), the three case studies and a generated district with its bell schedule, saved before the change and
// compared byte for byte after it.
//
//   node scripts/same-figures.js save DIR [--bin PATH]   writes DIR/<input>.json (PATH: another build's bin, e.g. main's)
//   node scripts/same-figures.js check DIR [--bin PATH]  compares this build's output with DIR; exit 1 on a difference
//
// Only the run date may differ (a check the next day); it is set aside before comparing. The district needs
// python3 and ../shared/perf/gen_schedule.py; without them it is left out, and the script says so.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const REAL = path.resolve(ROOT, '../shared/data/real');
const PERF = path.resolve(ROOT, '../shared/perf');

function inputs() {
  const list = {
    'stpauls-sections': [path.join(REAL, 'uk-stpauls-xhstt/sections.csv')],
    'stpauls-folder': [path.join(REAL, 'uk-stpauls-xhstt')],
    'lanetech-positions': [path.join(REAL, 'cps-lane-tech-positions-2019/positions.csv')],
    'case-elementary': [path.join(ROOT, 'assets/case-studies/elementary-school.xlsx')],
    'case-middle': [path.join(ROOT, 'assets/case-studies/middle-school.xlsx')],
    'case-high': [path.join(ROOT, 'assets/case-studies/high-school.xlsx')],
  };
  // The same folder name every time: the school's name in the JSON comes from it.
  const district = path.join(os.tmpdir(), 'same-figures-district');
  if (fs.existsSync(path.join(PERF, 'gen_schedule.py'))) {
    if (!fs.existsSync(path.join(district, 'master_schedule.csv'))) {
      // 40 schools of 150 sections: every part of the path (bell times, double-bookings, many schools) in seconds.
      execFileSync('python3', [path.join(PERF, 'gen_schedule.py'), district, '40', '150'], { stdio: 'inherit' });
    }
    list['district-6000'] = [path.join(district, 'master_schedule.csv'), path.join(district, 'bell_schedule.csv')];
  } else {
    console.error(`same-figures: ${PERF}/gen_schedule.py is not there, so the district is left out.`);
  }
  return list;
}

function run(bin, files) {
  const out = spawnSync(process.execPath, [bin, ...files, '--json', '--quiet'], { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`${files.join(' ')}: exit ${out.status}\n${out.stderr}`);
  return out.stdout;
}

const withoutRunDate = (bytes) => bytes.toString('utf8').replace(/"runDate":"\d{4}-\d{2}-\d{2}"/, '"runDate":""');

function main() {
  const [mode, dir] = process.argv.slice(2);
  const binAt = process.argv.indexOf('--bin');
  const bin = path.resolve(binAt > 0 ? process.argv[binAt + 1] : path.join(ROOT, 'bin/resource-review.js'));
  if (!['save', 'check'].includes(mode) || !dir) {
    console.error('usage: node scripts/same-figures.js save|check DIR [--bin PATH]');
    return 2;
  }
  fs.mkdirSync(dir, { recursive: true });
  let differing = 0;
  const list = inputs();
  if (mode === 'check') {
    // A figure saved but not made now (the district, when python3 or the generator went missing since the save) is
    // not "unchanged": a check that quietly left it out would pass without looking.
    for (const saved of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const name = saved.slice(0, -'.json'.length);
      if (!(name in list)) {
        console.log(`${name}: saved, but not made by this check, so not compared`);
        differing++;
      }
    }
  }
  for (const [name, files] of Object.entries(list)) {
    const file = path.join(dir, `${name}.json`);
    const now = run(bin, files);
    if (mode === 'save') {
      fs.writeFileSync(file, now);
      console.log(`saved ${name}: ${now.length.toLocaleString('en-US')} bytes`);
      continue;
    }
    if (!fs.existsSync(file)) {
      console.log(`${name}: nothing saved to compare with`);
      differing++;
      continue;
    }
    const before = withoutRunDate(fs.readFileSync(file));
    const after = withoutRunDate(now);
    if (before === after) {
      console.log(`${name}: identical (${now.length.toLocaleString('en-US')} bytes)`);
    } else {
      let at = 0;
      while (before[at] === after[at]) at++;
      console.log(`${name}: DIFFERS at character ${at}:\n  before …${before.slice(Math.max(0, at - 80), at + 80)}\n  after  …${after.slice(Math.max(0, at - 80), at + 80)}`);
      differing++;
    }
  }
  return differing ? 1 : 0;
}

process.exitCode = main();
