#!/usr/bin/env node
// Opens our exports in the programs people open them with, as they would, and checks what those programs show:
//
//   timelinejs-json  our TimelineJS JSON in Knight Lab's TimelineJS, in headless Chromium: no console error, one
//                    slide per event plus the title slide, no image made of an article's URL, the link in the
//                    citation
//   timelinejs-csv   the same for our TimelineJS sheet, which TimelineJS reads from a URL ending in .csv
//   svg              exported SVGs made from data whose titles, outlets and --title hold <script>, & and control
//                    characters, opened in Chromium: each parses, holds no element from the data, runs no script,
//                    and its title is ours
//   pdf              an exported PDF read by poppler (pdfinfo): no syntax error, our title and subject
//   screenshots DIR  pictures of our timeline in TimelineJS (the title slide and two events), for the README
//
// Usage: node tests/clients/clients.mjs CHECK --app PATH/crisis-timeline --timelinejs DIR [--keep DIR]
// Exits 0 when the check passes, 1 when it fails and 77 (skipped, for CTest) when a program is not installed:
// scripts/install-clients.sh installs them (Debian's chromium and poppler-utils, TimelineJS from npm).
// Chromium is kept off every network but this machine's loopback, where the files are served.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const SKIP = 77;
const args = process.argv.slice(2);
const check = args[0];
const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
};
const app = option('--app');
const timelineJsDir = option('--timelinejs');
const keep = option('--keep');

function skip(message) {
    console.log(`SKIPPED: ${message}`);
    process.exit(SKIP);
}
function fail(message) {
    console.error(`FAILED: ${message}`);
    process.exit(1);
}
function assert(condition, message) {
    if (!condition)
        fail(message);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-clients-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// ---- our side: databases and exports made with the command line, as a user would ----

function run(command, commandArgs, { allowFailure = false } = {}) {
    const result = spawnSync(command, commandArgs, {
        encoding: 'utf8',
        env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
        timeout: 120000,
    });
    if (!allowFailure && result.status !== 0)
        fail(`${command} ${commandArgs.join(' ')} exited with ${result.status}:\n${result.stderr}${result.error ?? ''}`);
    return result;
}

function crisis(...commandArgs) {
    return run(app, commandArgs);
}

// A database holding the bundled dataset, made when first asked for (commands that read never make one).
function bundledDb() {
    const db = path.join(work, 'bundled.sqlite');
    if (!fs.existsSync(db))
        crisis('create', '--db', db);
    return db;
}

// A database made from the bundled dataset changed by `change` (given its JSON), written through our JSON import.
function database(name, change) {
    const base = path.join(work, 'bundled.json');
    if (!fs.existsSync(base))
        crisis('export-data', '--format', 'json', '-o', base, '--db', bundledDb());
    const data = JSON.parse(fs.readFileSync(base, 'utf8'));
    change(data);
    const file = path.join(work, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
    const db = path.join(work, `${name}.sqlite`);
    crisis('import', file, '--db', db, '--empty');
    return { db, data };
}

// The bundled dataset, with a web address for one source: TimelineJS must not show that page as an image.
const articleUrl = 'https://example.org/2024/09/22/haiti-kenya-police';
function timelineDatabase() {
    return database('timeline', (data) => {
        data.sources[3].url = articleUrl;
    });
}

// ---- the programs: Chromium, TimelineJS, poppler ----

function findProgram(names) {
    for (const name of names) {
        const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
        if (found.status === 0 && found.stdout.trim())
            return found.stdout.trim();
    }
    return null;
}

function chromium() {
    const browser = process.env.CHROMIUM || findProgram(['chromium', 'chromium-browser']);
    if (!browser)
        skip('Chromium is not installed (scripts/install-clients.sh installs Debian\'s chromium)');
    return browser;
}

function timelineJs() {
    const dist = timelineJsDir && path.join(timelineJsDir, 'node_modules/@knight-lab/timelinejs/dist');
    if (!dist || !fs.existsSync(path.join(dist, 'js/timeline.js')))
        skip(`TimelineJS is not installed in ${timelineJsDir} (scripts/install-clients.sh installs it from npm)`);
    const version = JSON.parse(fs.readFileSync(path.join(dist, '../package.json'), 'utf8')).version;
    return { dist, version };
}

// Serves the work folder (and TimelineJS) on the loopback, on a port of the system's choosing.
async function serve(routes) {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
        '.csv': 'text/csv', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff': 'font/woff',
        '.woff2': 'font/woff2', '.ttf': 'font/ttf' };
    const server = http.createServer((request, response) => {
        const url = new URL(request.url, 'http://localhost');
        for (const [prefix, dir] of Object.entries(routes)) {
            if (!url.pathname.startsWith(prefix))
                continue;
            const file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
            if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
                response.writeHead(200, {
                    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
                    'Access-Control-Allow-Origin': '*',
                });
                response.end(fs.readFileSync(file));
                return;
            }
        }
        response.writeHead(404);
        response.end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// Runs headless Chromium on a page: its DOM after the page has run (its scripts write their findings into
// #result), or a screenshot.
async function browse(url, { screenshot, size = '1200,760' } = {}) {
    const browser = chromium();
    const profile = fs.mkdtempSync(path.join(work, 'profile-'));
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage', '--hide-scrollbars', `--user-data-dir=${profile}`,
        // Nothing leaves the machine: every host name but the loopback's fails to resolve.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--virtual-time-budget=15000',
        `--window-size=${size}`];
    flags.push(...(screenshot ? [`--screenshot=${screenshot}`] : ['--dump-dom']), url);
    const child = spawn(browser, flags, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => { out += chunk; });
    child.stderr.on('data', (chunk) => { err += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 90000);
    const code = await new Promise((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    if (code !== 0)
        fail(`Chromium exited with ${code} on ${url}:\n${err.slice(-2000)}`);
    if (screenshot)
        return null;
    const match = out.match(/<pre id="result">([\s\S]*?)<\/pre>/);
    if (!match || !match[1].trim())
        fail(`the page wrote no result (${url}); Chromium said:\n${err.slice(-2000)}\nDOM:\n${out.slice(0, 2000)}`);
    const text = match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return JSON.parse(text);
}

// A page that shows a timeline with TimelineJS and writes what it shows into #result: the console errors and
// uncaught exceptions, the slides and markers drawn, images, links and TimelineJS's own error message.
// TimelineJS loads its font and language files from script_path (Knight Lab's CDN by default): here, from the
// copy served beside the page, as a site hosting TimelineJS itself has it.
function timelinePage(source, options = {}) {
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css">
<script>
window.findings = { errors: [] };
const consoleError = console.error;
console.error = (...parts) => { findings.errors.push(parts.map(String).join(' ')); consoleError.apply(console, parts); };
window.addEventListener('error', (e) => findings.errors.push('uncaught: ' + (e.message || e.target.src || e.target.href)), true);
window.addEventListener('unhandledrejection', (e) => findings.errors.push('unhandled: ' + (e.reason && e.reason.message || e.reason)));
</script>
<script src="/timelinejs/js/timeline.js"></script>
<style>html, body { margin: 0; height: 100%; } #timeline { width: 100%; height: 100%; } #result { display: none; }</style>
</head><body>
<div id="timeline"></div>
<pre id="result"></pre>
<script>
function report() {
    const all = (selector) => Array.from(document.querySelectorAll(selector));
    const slides = all('.tl-storyslider .tl-slide');
    findings.slides = slides.length;
    findings.titleSlides = all('.tl-storyslider .tl-slide-titleslide').length;
    findings.markers = all('.tl-timenav .tl-timemarker').length;
    findings.groups = all('.tl-timegroup-message').map((g) => g.textContent.trim());
    findings.images = all('.tl-storyslider img').map((img) => img.getAttribute('src'));
    findings.mediaUrls = all('.tl-storyslider .tl-media-image, .tl-storyslider .tl-media-link a').map((e) => e.getAttribute('src') || e.getAttribute('href'));
    findings.links = all('.tl-storyslider .tl-text a').map((a) => a.getAttribute('href'));
    findings.headlines = all('.tl-storyslider .tl-headline').map((h) => h.textContent.trim());
    findings.dates = all('.tl-storyslider .tl-headline-date').map((h) => h.textContent.trim());
    findings.message = all('.tl-message-full, .tl-message').map((m) => m.textContent.trim()).filter((t) => t).join(' | ');
    document.getElementById('result').textContent = JSON.stringify(findings);
}
try {
    const options = Object.assign({ hash_bookmark: false, script_path: new URL('/timelinejs/js/', location.href).href },
        ${JSON.stringify(options)});
    const timeline = new TL.Timeline('timeline', ${JSON.stringify(source)}, options);
    let reported = false;
    const once = () => { if (!reported) { reported = true; setTimeout(report, 1500); } };
    timeline.on('ready', once);
    timeline.on('loaded', once);
    setTimeout(once, 8000);
} catch (e) {
    findings.errors.push('thrown: ' + e.message);
    report();
}
</script>
</body></html>`;
}

async function checkTimelineJs(format) {
    const { dist, version } = timelineJs();
    chromium();
    const { db, data } = timelineDatabase();
    const file = path.join(work, `timeline.${format}`);
    crisis('export-data', '--format', 'timelinejs', '-o', file, '--db', db);
    const { server, base } = await serve({ '/timelinejs/': dist, '/work/': work });
    try {
        // TimelineJS takes a JSON object as it is, and a sheet from a URL ending in .csv.
        const source = format === 'json' ? JSON.parse(fs.readFileSync(file, 'utf8')) : `${base}/work/timeline.csv`;
        fs.writeFileSync(path.join(work, 'page.html'), timelinePage(source));
        const found = await browse(`${base}/work/page.html`);
        const events = data.events.length;
        console.log(`TimelineJS ${version}, ${format}: ${found.slides} slides, ${found.markers} markers, `
            + `${found.errors.length} console errors, ${found.images.length} images, ${found.links.length} links`);
        assert(found.errors.length === 0, `console errors in TimelineJS: ${found.errors.join('; ')}`);
        assert(!found.message, `TimelineJS shows a message instead of the timeline: ${found.message}`);
        assert(found.slides === events + 1, `${found.slides} slides, expected ${events} events + the title slide`);
        assert(found.titleSlides === 1, `${found.titleSlides} title slides, expected 1`);
        assert(found.markers === events, `${found.markers} markers on the time navigation, expected ${events}`);
        assert(found.images.length === 0, `images on the slides (an article shown as a picture?): ${found.images}`);
        assert(found.links.includes(articleUrl), `the article's link is not in any citation: ${found.links}`);
        for (const event of data.events)
            assert(found.headlines.some((h) => h === event.title), `no slide is headed "${event.title}"`);
        assert(found.headlines.includes(data.title), `the title slide does not show "${data.title}"`);
        assert(found.dates.some((d) => d.includes('(date inferred)')), 'no slide says its date is inferred');
    } finally {
        server.close();
    }
}

// ---- SVG: data that is hostile text must stay text ----

const payload = `<script>document.documentElement.setAttribute('data-pwned', '1')</script>`;
const hostileTitle = `Funding & aid < 2024 ${payload} "quoted" \u0001`;

async function checkSvg() {
    chromium();
    const { db, data } = database('hostile', (d) => {
        d.title = `Haiti ${payload} & more`;
        for (const event of [d.events[0], d.events[d.events.length - 1], ...d.events.filter((e) => e.period >= '2024')])
            event.title = `${payload} ${event.title} & <b>bold</b> ]]> \u0002`;
        for (const source of d.sources)
            source.outlet = `${source.outlet || 'Outlet'} ${payload} & <!-- \u0003`;
    });
    assert(data.events[0].title.includes('<script>'), 'the hostile dataset was not made');
    const files = [];
    for (const [chart, extra] of [['timeline', []], ['deployment', []], ['casualties', ['--from', '2024', '--to', '2024-06']]]) {
        const file = `${chart}.svg`;
        crisis('export', '--chart', chart, '--db', db, '--title', hostileTitle, ...extra, '-o', path.join(work, file));
        files.push(file);
    }
    // document.title: the text, less the characters XML cannot hold, its white space collapsed.
    const expectedTitle = hostileTitle.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/\s+/g, ' ').trim();
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>SVG check</title></head><body>
${files.map((f) => `<iframe src="/work/${f}" width="960" height="540"></iframe>`).join('\n')}
<pre id="result"></pre>
<script>
// The window's load event comes after every frame's, however fast a frame loaded (a frame's own load event
// may have passed before this script ran).
window.addEventListener('load', () => {
    const findings = Array.from(document.querySelectorAll('iframe')).map((frame) => {
        const d = frame.contentDocument;
        const root = d.documentElement;
        const svgNs = 'http://www.w3.org/2000/svg';
        return {
            file: frame.getAttribute('src'),
            root: root.localName, namespace: root.namespaceURI,
            parserErrors: d.getElementsByTagName('parsererror').length,
            title: d.title,
            description: (Array.from(root.children).find((e) => e.localName === 'desc') || {}).textContent || '',
            pwned: root.getAttribute('data-pwned'),
            scripts: d.getElementsByTagName('script').length,
            elements: Array.from(new Set(Array.from(d.getElementsByTagName('*')).map((e) => e.namespaceURI === svgNs ? e.localName : e.namespaceURI + ' ' + e.localName))),
            texts: Array.from(d.getElementsByTagName('text')).map((t) => t.textContent).join('\\n'),
        };
    });
    document.getElementById('result').textContent = JSON.stringify(findings);
});
</script></body></html>`;
    fs.writeFileSync(path.join(work, 'svg.html'), page);
    const { server, base } = await serve({ '/work/': work });
    try {
        const found = await browse(`${base}/work/svg.html`);
        const allowed = new Set(['svg', 'title', 'desc', 'defs', 'g', 'path', 'text', 'rect', 'polyline', 'polygon',
            'line', 'ellipse', 'circle', 'image', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'mask']);
        for (const svg of found) {
            assert(svg, 'an SVG did not load');
            console.log(`${svg.file}: <${svg.root}>, ${svg.parserErrors} parser errors, elements ${svg.elements.join(' ')}`);
            assert(svg.root === 'svg' && svg.namespace === 'http://www.w3.org/2000/svg' && svg.parserErrors === 0,
                `${svg.file} does not parse as SVG (root <${svg.root}>, ${svg.parserErrors} parser errors)`);
            assert(svg.pwned === null && svg.scripts === 0, `${svg.file}: a script from the data ran or stands in it`);
            const strange = svg.elements.filter((e) => !allowed.has(e));
            assert(strange.length === 0, `${svg.file}: elements that are not ours (from the data?): ${strange}`);
            assert(svg.title === expectedTitle, `${svg.file}: the document's title is "${svg.title}", not ours`);
            assert(svg.description.includes('<script>'), `${svg.file}: the description lost the data's text`);
        }
        assert(found[0].texts.includes('<script>') && found[0].texts.includes('& <b>bold</b>'),
            'the timeline\'s event titles are not drawn as the text they are');
    } finally {
        server.close();
    }
}

// ---- PDF: what poppler reads ----

function checkPdf() {
    const pdfinfo = findProgram(['pdfinfo']);
    if (!pdfinfo)
        skip('poppler\'s pdfinfo is not installed (scripts/install-clients.sh installs poppler-utils)');
    const file = path.join(work, 'casualties.pdf');
    crisis('export', '--chart', 'casualties', '--title', 'Funding & aid < 2024 (à jour)', '-o', file,
        '--db', bundledDb());
    const info = run(pdfinfo, [file]);
    console.log(info.stdout.trim());
    assert(!/error/i.test(info.stderr), `pdfinfo reports errors: ${info.stderr}`);
    assert(/^Title:\s+Funding & aid < 2024 \(à jour\)$/m.test(info.stdout), 'pdfinfo does not read our title');
    assert(/^Subject:\s+Funding & aid < 2024 \(à jour\)\. Casualty/m.test(info.stdout),
        'pdfinfo does not read the alt text as the subject');
    assert(/^Pages:\s+1$/m.test(info.stdout), 'not one page');
    const meta = run(pdfinfo, ['-meta', file]);
    assert(meta.stdout.includes('<rdf:li>en</rdf:li>'), 'the XMP metadata does not give the language');
}

// ---- screenshots for the README ----

async function screenshots(outDir) {
    const { dist } = timelineJs();
    chromium();
    const { db, data } = timelineDatabase();
    crisis('export-data', '--format', 'timelinejs', '-o', path.join(work, 'timeline.json'), '--db', db);
    const source = JSON.parse(fs.readFileSync(path.join(work, 'timeline.json'), 'utf8'));
    const { server, base } = await serve({ '/timelinejs/': dist, '/work/': work });
    try {
        // The title slide, an event citing the source with a web address (its outlet a link; its date
        // inferred), and the June 2024 arrival, cited by two articles.
        const linked = data.sources.find((s) => s.url === articleUrl).id;
        const slides = [['title', 0],
            ['event', 1 + source.events.findIndex((e) => e.crisis_timeline.citations.some((c) => c.source === linked))],
            ['arrival', 1 + source.events.findIndex((e) => e.unique_id === 'evt-10')]];
        for (const [name, slide] of slides) {
            fs.writeFileSync(path.join(work, `${name}.html`), timelinePage(source, { start_at_slide: slide }));
            const png = path.join(outDir, `timelinejs-${name}.png`);
            await browse(`${base}/work/${name}.html`, { screenshot: png, size: '1280,760' });
            console.log(`wrote ${png}`);
        }
    } finally {
        server.close();
    }
}

if (!app || !fs.existsSync(app))
    fail(`no crisis-timeline at ${app} (--app)`);
switch (check) {
case 'timelinejs-json':
    await checkTimelineJs('json');
    break;
case 'timelinejs-csv':
    await checkTimelineJs('csv');
    break;
case 'svg':
    await checkSvg();
    break;
case 'pdf':
    checkPdf();
    break;
case 'screenshots':
    await screenshots(path.resolve(args[1] && !args[1].startsWith('--') ? args[1] : 'docs/screenshots'));
    break;
default:
    fail(`unknown check "${check}": timelinejs-json, timelinejs-csv, svg, pdf or screenshots DIR`);
}
if (keep)
    fs.cpSync(work, keep, { recursive: true });
console.log(`${check}: passed`);
process.exit(0);
