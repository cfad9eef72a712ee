/**
 * Code a reader copies out of a guide has to work as written: every shell sample passes `bash -n`
 * and shellcheck, a sample that sets `-e` is a script (with a shebang) rather than lines to paste
 * into a terminal that `set -e` would close, every script that promises a rollback reaches it with
 * its optional secrets unset or its chat down, and the `--save` example writes the record the guide
 * shows. YAML, JSON, Rego and Backstage checks live in guides.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fences, fenceTitle, guideFiles, guideSource, type Fence } from './guide-text.ts';
import { inCi, NO_SHELLCHECK, runShellcheck, SHELLCHECK, shellcheckFound } from './shellcheck.ts';

const SHELL_LANGS = new Set(['sh', 'bash', 'shell']);

const samples: [string, Fence][] = guideFiles().flatMap((file) =>
  fences(guideSource(file))
    .filter((f) => SHELL_LANGS.has(f.lang))
    .map((f) => [`${file}:${f.line}`, f] as [string, Fence]),
);

describe('shell samples', () => {
  it('exist', () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(samples)('%s parses with bash -n', (_where, f) => {
    const r = spawnSync('bash', ['-n'], { input: f.code, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it("have shellcheck to check them (CI installs Debian's package; missing there is a failure, not a skip)", () => {
    if (inCi) expect(shellcheckFound, 'shellcheck is not installed: .ci/run must apt-get install it').toBe(true);
    else if (!shellcheckFound) console.warn('guide-samples: shellcheck not installed here; the shellcheck checks are skipped');
  });

  it.for(samples)(`%s passes shellcheck${runShellcheck ? '' : ` (${NO_SHELLCHECK})`}`, ([, f], { skip }) => {
    skip(!runShellcheck, NO_SHELLCHECK);
    // Snippets without a shebang are read as bash, which is what a reader pastes them into.
    const r = spawnSync(SHELLCHECK, ['--shell=bash', '--severity=style', '--format=gcc', '-'], { input: f.code, encoding: 'utf8' });
    expect(r.error, 'shellcheck could not run').toBeUndefined();
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(samples)('%s is safe to paste, or is a script', (_where, f) => {
    const isScript = f.code.startsWith('#!');
    if (isScript) return;
    // `set -e` (or -u) in an interactive shell makes the first failing command close the terminal;
    // `exit` closes it outright. Such lines belong in a script with a shebang.
    expect(f.code).not.toMatch(/^\s*set\s+-[a-z]*[eu]|^\s*set\s+-o\s+(errexit|nounset)/m);
    expect(f.code).not.toMatch(/^\s*exit\b/m);
  });
});

/** A command that rolls a release back, as the guides' scripts write it. */
const ROLLBACK = /\b(?:helm rollback|kubectl (?:argo )?rollouts? undo)\b/;

/** The tools the scripts drive; each is replaced by a stub that logs its arguments. */
const STUBBED = ['helm', 'kubectl', 'gh', 'curl', 'jq', 'conftest', 'terraform'];

/**
 * One stub for every tool. It appends its name and arguments to $STUB_LOG and succeeds, except that
 * the first health check (`rollouts status`) fails, as a bad canary would, `gh issue create` prints
 * an issue address, and `curl` fails when STUB_CHAT_DOWN is set.
 */
const STUB = `#!/usr/bin/env bash
name="\${0##*/}"
printf '%s %s\\n' "$name" "$*" >>"$STUB_LOG"
case "$name $*" in
  "kubectl argo rollouts status"*)
    if [[ ! -e $STUB_LOG.failed-once ]]; then : >"$STUB_LOG.failed-once"; exit 1; fi ;;
  "gh issue create"*) echo "https://github.com/example-org/service/issues/1" ;;
  "curl "*) if [[ -n \${STUB_CHAT_DOWN:-} ]]; then exit 22; fi ;;
  "jq "*) echo '{}' ;;
esac
exit 0
`;

const rollbackScripts = samples.filter(([, f]) => f.code.startsWith('#!') && ROLLBACK.test(f.code));

/** Arguments that pass the script's own usage checks: a service name, then a release tag or a summary. */
function argsFor(code: string): string[] {
  return /<image-tag>/.test(code) ? ['payments-api', '1.4.2'] : ['payments-api', 'error ratio above 1%'];
}

describe('scripts that promise a rollback', () => {
  const temp = mkdtempSync(join(tmpdir(), 'pf-guide-rollback-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  for (const tool of STUBBED) {
    writeFileSync(join(temp, tool), STUB);
    chmodSync(join(temp, tool), 0o755);
  }

  /** Runs a script with only PATH (stubs first), HOME and the stub log: every optional secret unset. */
  function run(code: string, name: string, extra: Record<string, string> = {}) {
    const log = join(temp, `${name}.log`);
    rmSync(log, { force: true });
    rmSync(`${log}.failed-once`, { force: true });
    const r = spawnSync('bash', ['-s', '--', ...argsFor(code)], {
      input: code,
      encoding: 'utf8',
      cwd: temp,
      env: { PATH: `${temp}:/usr/bin:/bin`, HOME: temp, STUB_LOG: log, ...extra },
    });
    return { ...r, calls: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  }

  it('include the deploy script and the incident handler', () => {
    expect(rollbackScripts.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rollbackScripts)('%s rolls back with no chat webhook set', (where, f) => {
    const r = run(f.code, `no-secret-${where.replace(/\W/g, '-')}`);
    expect(r.calls, r.stderr).toMatch(ROLLBACK);
    expect(r.stderr).not.toMatch(/parameter null or not set|unbound variable/);
  });

  it.each(rollbackScripts)('%s rolls back when the chat webhook fails', (where, f) => {
    const r = run(f.code, `chat-down-${where.replace(/\W/g, '-')}`, { CHAT_WEBHOOK_URL: 'https://chat.example/hook', STUB_CHAT_DOWN: '1' });
    expect(r.calls, r.stderr).toMatch(ROLLBACK);
  });
});

/** Splits one shell command line into words: quotes and backslash-newlines, nothing fancier. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  const text = line.replace(/\\\n/g, ' ');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i]!;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else word = (word ?? '') + c;
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`);
  if (word !== null) words.push(word);
  return words;
}

describe('the --save example in next-steps', () => {
  const text = guideSource('next-steps.mdx');
  const all = fences(text);
  const saveCommand = all.find((f) => SHELL_LANGS.has(f.lang) && /\bassess -- --save\b/.test(f.code));
  // Inside the repository and two folders deep, as assessments/<unit>/ is: `--save` writes the
  // schema's address relative to the record there, and the guide shows that address.
  const temp = mkdtempSync(join(process.cwd(), '.pf-guide-save-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes exactly the record the guide shows, run inside the repository', () => {
    expect(saveCommand, 'next-steps.mdx shows an `npm run assess -- --save ...` command').toBeDefined();
    const words = shellWords(saveCommand!.code.trim());
    expect(words.slice(0, 4)).toEqual(['npm', 'run', 'assess', '--']);
    const args = words.slice(4);
    const at = args.indexOf('--save');
    const shownPath = args[at + 1]!;
    const shown = all.find((f) => fenceTitle(f) === shownPath);
    expect(shown, `a yaml fence titled "${shownPath}" shows the record`).toBeDefined();

    const out = join(temp, 'payments', '2026-11-02.yaml');
    args[at + 1] = out;
    const r = spawnSync(process.execPath, ['src/cli/assess.ts', ...args], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // The framework version is the organisation's own (the README says to bump it on every change).
    // The forecast block (the case as made that day) follows the framework's assumptions, which an
    // organisation may edit: the guide's sample is held to everything before it.
    const version = (text: string) =>
      text
        .replace(/^frameworkVersion: .*$/m, 'frameworkVersion: (the framework version)')
        .replace(/^# The business case as made[\s\S]*$/m, '');
    expect(version(readFileSync(out, 'utf8'))).toBe(version(shown!.code));
  });

  it('split words the way a shell does', () => {
    expect(shellWords('a --org "Example Corp" --x \'y z\' \\\n  --by "V \\"P\\""')).toEqual([
      'a',
      '--org',
      'Example Corp',
      '--x',
      'y z',
      '--by',
      'V "P"',
    ]);
  });
});
