// Offline check of the add-in manifest. `office-addin-manifest validate` only asks Microsoft's online service,
// which is unreachable here, so this checks what the XML manifest schema (appforoffice 1.1 + VersionOverrides
// 1.0) and the Office store ask that can be checked locally: well-formed XML, required elements in schema
// order, value formats and lengths, every resid defined, and — given a build folder — every URL and icon the
// manifest names present in the build, icons at their stated pixel sizes.
// Run: node scripts/run-ts.js scripts/check-manifest.ts [manifest.xml] [dist-folder]
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A small strict XML parser: one root, matched tags, quoted attributes, no duplicate attributes. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (message: string): never => {
    const line = xml.slice(0, i).split('\n').length;
    throw new Error(`manifest.xml line ${line}: ${message}`);
  };
  const skipMisc = () => {
    for (;;) {
      while (i < xml.length && /\s/.test(xml[i])) i++;
      if (xml.startsWith('<?', i)) {
        const end = xml.indexOf('?>', i);
        if (end < 0) fail('unterminated processing instruction');
        i = end + 2;
      } else if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i);
        if (end < 0) fail('unterminated comment');
        if (xml.slice(i + 4, end).includes('--')) fail('"--" inside a comment');
        i = end + 3;
      } else return;
    }
  };
  const NAME = /^[A-Za-z_][\w.:-]*/;
  const parseElement = (): XmlElement => {
    if (xml[i] !== '<') fail('expected an element');
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad element name');
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(xml.slice(i))![0].length;
      i += space;
      if (xml.startsWith('/>', i)) {
        i += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (space === 0) fail(`attributes of <${name}> must be separated by spaces`);
      const attr = NAME.exec(xml.slice(i))?.[0] ?? fail(`bad attribute in <${name}>`);
      i += attr.length;
      const eq = /^\s*=\s*(["'])/.exec(xml.slice(i)) ?? fail(`attribute ${attr} of <${name}> needs a quoted value`);
      i += eq[0].length;
      const end = xml.indexOf(eq[1], i);
      if (end < 0) fail(`unterminated value of ${attr}`);
      const value = xml.slice(i, end);
      if (value.includes('<')) fail(`"<" in the value of ${attr}`);
      if (attr in attributes) fail(`duplicate attribute ${attr} on <${name}>`);
      attributes[attr] = decode(value);
      i = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= xml.length) fail(`<${name}> is never closed`);
      if (xml.startsWith('<!--', i)) {
        skipMisc();
        continue;
      }
      if (xml.startsWith('</', i)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(i)) ?? fail('bad closing tag');
        if (close[1] !== name) fail(`</${close[1]}> closes <${name}>`);
        i += close[0].length;
        return { name, attributes, children, text: decode(text.trim()) };
      }
      if (xml[i] === '<') {
        children.push(parseElement());
        continue;
      }
      const next = xml.indexOf('<', i);
      text += xml.slice(i, next < 0 ? xml.length : next);
      i = next < 0 ? xml.length : next;
    }
  };
  skipMisc();
  const root = parseElement();
  skipMisc();
  if (i < xml.length) fail('content after the root element');
  return root;
}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] as string);
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** TaskPaneApp's sequence in the appforoffice 1.1 schema; `required` elements must appear. */
const TASKPANE_SEQUENCE: { name: string; required?: boolean }[] = [
  { name: 'Id', required: true },
  { name: 'AlternateId' },
  { name: 'Version', required: true },
  { name: 'ProviderName', required: true },
  { name: 'DefaultLocale', required: true },
  { name: 'DisplayName', required: true },
  { name: 'Description', required: true },
  { name: 'IconUrl' },
  { name: 'HighResolutionIconUrl' },
  { name: 'SupportUrl' },
  { name: 'AppDomains' },
  { name: 'Hosts' },
  { name: 'Requirements' },
  { name: 'DefaultSettings', required: true },
  { name: 'Permissions', required: true },
  { name: 'AllowSnapshot' },
  { name: 'Dictionary' },
  { name: 'VersionOverrides' },
  { name: 'ExtendedOverrides' },
];

const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

export interface ManifestCheckOptions {
  /** A build folder: every URL in the manifest must name a file in it. */
  distDir?: string;
  /** The ExcelApi set the manifest must require. */
  excelApi?: string;
}

/** Problems found, as sentences; an empty list means the manifest passed. */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): string[] {
  const problems: string[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  if (root.name !== 'OfficeApp') problems.push(`The root element is <${root.name}>, not <OfficeApp>.`);
  if (root.attributes.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1')
    problems.push('<OfficeApp> must use the namespace http://schemas.microsoft.com/office/appforoffice/1.1.');
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') problems.push('<OfficeApp> must be xsi:type="TaskPaneApp".');

  // Schema order and required elements.
  const names = root.children.map((c) => c.name);
  let position = -1;
  for (const name of names) {
    const index = TASKPANE_SEQUENCE.findIndex((e) => e.name === name);
    if (index < 0) problems.push(`<${name}> is not allowed in a task-pane manifest.`);
    else if (index <= position) problems.push(`<${name}> is out of the schema's order (or repeated).`);
    else position = index;
  }
  for (const { name } of TASKPANE_SEQUENCE.filter((e) => e.required))
    if (!names.includes(name)) problems.push(`<${name}> is required.`);

  const child = (name: string) => root.children.find((c) => c.name === name);
  const id = child('Id')?.text ?? '';
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) problems.push(`<Id> "${id}" is not a GUID.`);
  const version = child('Version')?.text ?? '';
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`<Version> "${version}" is not of the form n.n.n.n.`);
  const displayName = child('DisplayName')?.attributes.DefaultValue ?? '';
  if (displayName.length === 0 || displayName.length > 125) problems.push('<DisplayName> needs a DefaultValue of 1 to 125 characters.');
  const description = child('Description')?.attributes.DefaultValue ?? '';
  if (description.length === 0 || description.length > 250) problems.push('<Description> needs a DefaultValue of 1 to 250 characters.');
  const permissions = child('Permissions')?.text ?? '';
  if (!PERMISSIONS.includes(permissions)) problems.push(`<Permissions> "${permissions}" is not one of ${PERMISSIONS.join(', ')}.`);
  else if (permissions !== 'ReadWriteDocument') problems.push('The add-in writes result sheets, so <Permissions> must be ReadWriteDocument.');
  const hosts = child('Hosts')?.children ?? [];
  if (!hosts.some((h) => h.name === 'Host' && h.attributes.Name === 'Workbook')) problems.push('<Hosts> must list <Host Name="Workbook"/>.');
  const excelSet = [...walk(child('Requirements') ?? { name: '', attributes: {}, children: [], text: '' })].find(
    (e) => e.name === 'Set' && e.attributes.Name === 'ExcelApi',
  );
  if (!excelSet) problems.push('<Requirements> must name the ExcelApi set the add-in needs.');
  else if (options.excelApi && excelSet.attributes.MinVersion !== options.excelApi)
    problems.push(`<Requirements> asks for ExcelApi ${excelSet.attributes.MinVersion}; the bridge needs exactly ${options.excelApi}.`);
  const source = child('DefaultSettings')?.children.find((c) => c.name === 'SourceLocation')?.attributes.DefaultValue;
  if (!source) problems.push('<DefaultSettings> needs a <SourceLocation DefaultValue="https://…"/>.');

  // VersionOverrides: resources, resids, lengths, ribbon.
  const overrides = child('VersionOverrides');
  const resources = new Map<string, { kind: string; value: string }>();
  if (overrides) {
    if (overrides.attributes.xmlns !== 'http://schemas.microsoft.com/office/taskpaneappversionoverrides' || overrides.attributes['xsi:type'] !== 'VersionOverridesV1_0')
      problems.push('<VersionOverrides> must be VersionOverridesV1_0 in the taskpaneappversionoverrides namespace.');
    const resourceBlock = overrides.children.find((c) => c.name === 'Resources');
    for (const group of resourceBlock?.children ?? []) {
      for (const item of group.children) {
        const key = item.attributes.id;
        const value = item.attributes.DefaultValue ?? '';
        if (!key) problems.push(`A resource in <${group.name}> has no id.`);
        else if (key.length > 32) problems.push(`Resource id "${key}" is longer than 32 characters.`);
        else if (resources.has(key)) problems.push(`Resource id "${key}" is defined twice.`);
        else resources.set(key, { kind: local(group.name), value });
        if (local(group.name) === 'ShortStrings' && value.length > 125) problems.push(`Short string "${key}" is longer than 125 characters.`);
        if (local(group.name) === 'LongStrings' && value.length > 250) problems.push(`Long string "${key}" is longer than 250 characters.`);
      }
    }
    const controlIds = new Set<string>();
    for (const element of walk(overrides)) {
      const resid = element.attributes.resid;
      if (resid !== undefined && !resources.has(resid)) problems.push(`<${element.name} resid="${resid}"> names a resource that is not defined.`);
      if (element.name === 'Control' || element.name === 'Group' || element.name === 'OfficeTab') {
        const controlId = element.attributes.id;
        if (!controlId) problems.push(`<${element.name}> needs an id.`);
        else if (element.name !== 'OfficeTab' && controlIds.has(controlId)) problems.push(`Id "${controlId}" is used twice.`);
        else controlIds.add(controlId);
      }
      if (element.name === 'Icon') {
        const sizes = element.children.map((c) => c.attributes.size).sort();
        for (const size of ['16', '32', '80']) if (!sizes.includes(size)) problems.push(`An <Icon> lacks its ${size}px image.`);
      }
      if (element.name === 'Action' && element.attributes['xsi:type'] === 'ShowTaskpane' && !element.children.some((c) => c.name === 'SourceLocation'))
        problems.push('The ShowTaskpane action needs a <SourceLocation>.');
    }
    if (![...walk(overrides)].some((e) => e.name === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane'))
      problems.push('No ribbon button opens the task pane (an Action of type ShowTaskpane).');
  }

  // URLs: https, one origin, and present in the build.
  const urls: { where: string; url: string; size?: number }[] = [];
  const add = (where: string, url: string | undefined, size?: number) => url && urls.push({ where, url, size });
  add('IconUrl', child('IconUrl')?.attributes.DefaultValue, 32);
  add('HighResolutionIconUrl', child('HighResolutionIconUrl')?.attributes.DefaultValue, 64);
  add('SupportUrl', child('SupportUrl')?.attributes.DefaultValue);
  add('SourceLocation', source);
  for (const [key, { kind, value }] of resources) {
    if (kind === 'Images') add(`image ${key}`, value, Number(/(\d+)x\1$/.exec(key)?.[1]) || undefined);
    if (kind === 'Urls') add(`url ${key}`, value);
  }
  const base = source ? source.slice(0, source.lastIndexOf('/') + 1) : '';
  for (const { where, url, size } of urls) {
    if (!url.startsWith('https://')) {
      problems.push(`${where} "${url}" is not an https:// address.`);
      continue;
    }
    if (base && !url.startsWith(base)) problems.push(`${where} "${url}" is not under the add-in's address ${base}.`);
    if (!options.distDir || !url.startsWith(base)) continue;
    const file = path.join(options.distDir, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]));
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(`${where} "${url}" has no file in the build (${path.relative(process.cwd(), file)}).`);
      continue;
    }
    if (size !== undefined) {
      const png = readFileSync(file);
      const isPng = png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      if (!isPng) problems.push(`${where} "${url}" is not a PNG.`);
      else if (png.readUInt32BE(16) !== size || png.readUInt32BE(20) !== size)
        problems.push(`${where} is ${png.readUInt32BE(16)}×${png.readUInt32BE(20)} pixels, not ${size}×${size}.`);
    }
  }
  return problems;
}

if (process.argv[1] === __filename) {
  const manifest = path.resolve(process.argv[2] ?? 'manifest.xml');
  const distDir = process.argv[3] ? path.resolve(process.argv[3]) : undefined;
  const problems = checkManifest(readFileSync(manifest, 'utf8'), { distDir, excelApi: '1.7' });
  if (problems.length > 0) {
    console.error(`${manifest}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${manifest}: passes the offline manifest check${distDir ? ` against ${distDir}` : ''}.`);
}
