// Usage: node scripts/run-ts.js path/to/script.ts [args…] — runs a TypeScript script through the swc require hook.
require('./register-ts');
const path = require('path');
const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-ts.js <script.ts> [args…]');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(script));
require(path.resolve(script));
