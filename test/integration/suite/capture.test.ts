/**
 * From invitation to thank-you in the real VS Code: New Interview from Invitation with a
 * fixture (the OS file dialog stubbed, the company/role boxes and picks accepted as a person
 * would), the same invitation updated (move its interview:), a cancelled one refused; Open in
 * Mail through its CodeLens (the mailto: link captured by a stubbed env.openExternal, the
 * "Log as Sent" button of the notification answered), Copy Draft when no email was given, a
 * draft with a placeholder refused; Export Calendar's default location outside the journal.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';
import { activateExtension, EXTENSION_ID } from './setup';


interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  service: { result(uri: vscode.Uri | string): { entry: { isEntry: boolean } } | undefined; now(path?: string): number };
  invitations: { onDidPrompt: vscode.Event<string> };
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const pad = (n: number) => String(n).padStart(2, '0');

/** The wall time of an instant in this extension host's zone, as the journal writes it. */
function localOf(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

type Stubs = Record<string, unknown>;

/** Replaces functions of an API object for the length of `fn`, then puts them back. */
async function withStubs<T>(target: object, stubs: Stubs, fn: () => Promise<T>): Promise<T> {
  const t = target as Record<string, unknown>;
  const saved: Stubs = {};
  for (const k of Object.keys(stubs)) {
    saved[k] = t[k];
    t[k] = stubs[k];
    assert.equal(t[k], stubs[k], `could not stub ${k}`);
  }
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(saved)) t[k] = saved[k];
  }
}

describe('capture: invitations and drafts', function () {
  this.timeout(60000);
  let api: Api;
  let folder: vscode.WorkspaceFolder;
  let fixtures: vscode.Uri;
  let dir: vscode.Uri;
  const config = () => vscode.workspace.getConfiguration('interviewJournal', folder.uri);
  const created: vscode.Uri[] = [];

  before(async () => {
    api = await activateExtension<Api>();
    await api.ready;
    folder = vscode.workspace.workspaceFolders![0];
    fixtures = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'fixtures', 'ics');
    dir = vscode.Uri.joinPath(folder.uri, 'it-capture');
    await vscode.workspace.fs.createDirectory(dir);
    await config().update('yourEmail', 'alex.candidate@gmail.com', vscode.ConfigurationTarget.WorkspaceFolder);
    await config().update('yourName', 'Ana Núñez', vscode.ConfigurationTarget.WorkspaceFolder);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of created) await vscode.workspace.fs.delete(u, { useTrash: false }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await config().update('yourEmail', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await config().update('yourName', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  /** Runs New Interview from Invitation with `file` chosen in the open dialog, accepting each prompt as shown. */
  async function fromInvitation(file: string, warnings: string[] = []): Promise<{ uri: vscode.Uri | undefined; prompts: string[] }> {
    const prompts: string[] = [];
    const sub = api.invitations.onDidPrompt((title) => {
      prompts.push(title);
      void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    });
    try {
      const uri = await withStubs(
        vscode.window,
        {
          showOpenDialog: async (opts?: vscode.OpenDialogOptions) => {
            assert.deepEqual(opts?.filters?.['Calendar invitation'], ['ics']);
            return [vscode.Uri.joinPath(fixtures, file)];
          },
          showWarningMessage: async (m: string) => void warnings.push(m),
          showErrorMessage: async (m: string) => void warnings.push(m),
        },
        () => Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('interviewJournal.newFromInvitation')),
      );
      return { uri, prompts };
    } finally {
      sub.dispose();
    }
  }

  it('creates an entry from a Google invitation: guesses confirmed, you and the room left out, the link in the body', async () => {
    const { uri, prompts } = await fromInvitation('google.ics');
    assert.ok(uri, 'an entry was created');
    created.push(uri);
    assert.deepEqual(prompts, ['New interview from invitation: company', 'New interview from invitation: role', 'New interview from invitation: workspace folder']);
    const when = localOf(Date.UTC(2026, 10, 20, 20, 0));
    assert.match(uri.path, new RegExp(`/${when.slice(0, 10)}-acme-corp-senior-platform-engineer\\.md$`));
    const text = dec(await vscode.workspace.fs.readFile(uri));
    const head = [
      '---',
      'company: Acme Corp',
      'role: Senior Platform Engineer',
      `interview: ${when}`,
      '# round: phone screen',
      'status: active',
      'interviewers:',
      '  - name: Maria Diaz',
      '    email: maria.diaz@acme-corp.com',
      '  - name: Jason Lee',
      '    email: jason.lee@acme-corp.com',
      '',
    ].join('\n');
    assert.ok(text.replace(/\r\n/g, '\n').startsWith(head), text);
    assert.match(text, /\n- Link: <https:\/\/meet\.google\.com\/abc-defg-hij>\r?\n/);
    assert.match(text, /\n<!-- invitation uid: 4kq9v1c2b3a8d7e6f5g4h3i2j1@google\.com -->\r?\n/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new entry is opened');
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true, 'the new entry in the journal');
  });

  it('an updated invitation (same UID) moves the interview of that entry instead of a second file', async () => {
    const uri = created[0];
    assert.ok(uri, 'the previous test made the entry');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.isDirty, false, 'the new entry was saved');
    const before = doc.getText();
    const { uri: moved, prompts } = await fromInvitation('google-update.ics');
    assert.equal(moved?.toString(), uri.toString());
    assert.equal(prompts.length, 1);
    assert.match(prompts[0], /already holds this invitation$/);
    const was = localOf(Date.UTC(2026, 10, 20, 20, 0));
    const now = localOf(Date.UTC(2026, 10, 23, 17, 0));
    assert.equal(dec(await vscode.workspace.fs.readFile(uri)), before.replace(`interview: ${was}`, `interview: ${now}`));
  });

  it('refuses a cancelled invitation and a broken one with a message, creating nothing', async () => {
    const parent = vscode.Uri.joinPath(created[0], '..');
    const count = async () => (await vscode.workspace.fs.readDirectory(parent)).length;
    const files = await count();
    const warnings: string[] = [];
    assert.equal((await fromInvitation('cancelled.ics', warnings)).uri, undefined);
    assert.equal((await fromInvitation('no-dtstart.ics', warnings)).uri, undefined);
    assert.equal((await fromInvitation('latin1.ics', warnings)).uri, undefined);
    assert.match(warnings[0], /"Canceled: Acme Corp - Senior Platform Engineer Interview" is cancelled/);
    assert.equal(warnings[1], 'Interview Journal: The event "Interview with Hooli" has no start time (DTSTART). Nothing was created.');
    assert.equal(warnings[2], 'Interview Journal: latin1.ics is not UTF-8 text (iCalendar files are UTF-8); save it again as UTF-8. Nothing was created.');
    assert.equal(await count(), files);
  });

  it('asks which event of an invitation holding several, then makes the entry of the one picked', async () => {
    const { uri, prompts } = await fromInvitation('floating-allday.ics');
    assert.ok(uri, 'an entry was created');
    created.push(uri);
    assert.deepEqual(prompts, [
      'floating-allday.ics holds 2 events',
      'New interview from invitation: company',
      'New interview from invitation: role',
      'New interview from invitation: workspace folder',
    ]);
    assert.match(uri.path, /\/2026-12-07-initech-site-reliability-engineer\.md$/);
    const text = dec(await vscode.workspace.fs.readFile(uri)).replace(/\r\n/g, '\n');
    assert.ok(text.startsWith('---\ncompany: Initech\nrole: Site Reliability Engineer\ninterview: 2026-12-07\n'), text);
    assert.match(text, /\ninterviewers:\n {2}- name: Bill Lumbergh\n {4}email: bill\.lumbergh@initech\.example\n/);
  });

  const MAIL = [
    '---',
    'company: IT Capture',
    'role: Platform Engineer',
    'interview: 2026-11-20 14:00',
    'interviewers:',
    '  - Jason Lee',
    '  - name: Zoë Müller',
    '    email: zoe.mueller@acme.example',
    'contacts:',
    '  - {date: 2026-11-20, to: Jason Lee, via: letter, kind: thank-you}',
    '---',
    '',
    '## Draft: thank-you to Zoë',
    '',
    'Dear Zoë,',
    '',
    'Thank you for **the tour** & the Q=A session about [the platform](https://acme.example/p?a=1&b=2).',
    '',
    'Ana',
    '',
    '## Draft: note to Jason',
    '',
    'Dear Jason, thanks again.',
    '',
    '## Draft: thank-you to Zoë, second try',
    '',
    'Dear [Name], thank you.',
    '',
  ].join('\n');

  async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true, 'the mail entry in the journal');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    return lenses.filter((l) => l.command && /Open in Mail|Copy Draft/.test(l.command.title));
  }

  /** The lens above a heading (found in the file as it is now: logging adds lines above the drafts). */
  async function lensAt(uri: vscode.Uri, heading: string, title: RegExp): Promise<vscode.Command> {
    const lenses = await lensesOf(uri);
    const line = dec(await vscode.workspace.fs.readFile(uri)).split('\n').indexOf(heading);
    assert.ok(line > 0, heading);
    const l = lenses.find((x) => x.range.start.line === line && title.test(x.command?.title ?? ''));
    assert.ok(l?.command, `a ${title} lens on line ${line + 1}`);
    return l.command;
  }

  it('puts Open in Mail and Copy Draft above each draft heading', async () => {
    const uri = vscode.Uri.joinPath(dir, 'mail.md');
    await vscode.workspace.fs.writeFile(uri, enc(MAIL));
    const lenses = await lensesOf(uri);
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command!.title]),
      [
        [12, '$(mail) Open in Mail'],
        [12, '$(copy) Copy Draft'],
        [20, '$(mail) Open in Mail'],
        [20, '$(copy) Copy Draft'],
        [24, '$(mail) Open in Mail'],
        [24, '$(copy) Copy Draft'],
      ],
    );
  });

  it('Open in Mail opens a mailto: link to the email given, then Log as Sent logs the thank-you', async () => {
    const uri = vscode.Uri.joinPath(dir, 'mail.md');
    const cmd = await lensAt(uri, '## Draft: thank-you to Zoë', /Open in Mail/);
    const opened: unknown[] = [];
    const notes: string[] = [];
    const result = await withStubs(vscode.env, { openExternal: async (target: unknown) => (opened.push(target), true) }, () =>
      withStubs(vscode.window, { showInformationMessage: async (m: string, ...items: string[]) => (notes.push(m), items.find((i) => i === 'Log as Sent')) }, () =>
        Promise.resolve(vscode.commands.executeCommand<string>(cmd.command, ...(cmd.arguments ?? []))),
      ),
    );
    const expected =
      'mailto:zoe.mueller@acme.example?subject=Thank%20you%20from%20Ana%20N%C3%BA%C3%B1ez&body=' +
      'Dear%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you%20for%20the%20tour%20%26%20the%20Q%3DA%20session%20about%20the%20platform%20' +
      '%28https%3A%2F%2Facme.example%2Fp%3Fa%3D1%26b%3D2%29.%0D%0A%0D%0AAna';
    assert.deepEqual(opened.map(String), [expected]);
    assert.equal(result, expected);
    assert.match(notes[0], /Opened the draft to Zoë Müller in your mail app/);
    await waitFor(api.onDidUpdate, () => /to: Zoë Müller, via: email, kind: thank-you/.test(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? ''), 'the logged thank-you');
    // Logged at the planning clock (minutes since the floating epoch, read as UTC fields).
    const now = new Date(api.service.now(uri.toString()) * 60000);
    const date = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())} ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}`;
    assert.equal(dec(await vscode.workspace.fs.readFile(uri)), MAIL.replace('kind: thank-you}\n', `kind: thank-you}\n  - {date: ${date}, to: Zoë Müller, via: email, kind: thank-you}\n`));
  });

  it('without an email, says so and offers Copy Draft: the plain text goes to the clipboard', async () => {
    const uri = vscode.Uri.joinPath(dir, 'mail.md');
    const before = dec(await vscode.workspace.fs.readFile(uri));
    const cmd = await lensAt(uri, '## Draft: note to Jason', /Open in Mail/);
    const opened: unknown[] = [];
    const warnings: string[] = [];
    await vscode.env.clipboard.writeText('');
    await withStubs(vscode.env, { openExternal: async (t: unknown) => (opened.push(t), true) }, () =>
      withStubs(
        vscode.window,
        {
          showWarningMessage: async (m: string, ...items: string[]) => (warnings.push(m), items[0]),
          showInformationMessage: async () => undefined,
        },
        () => Promise.resolve(vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []))),
      ),
    );
    assert.deepEqual(opened, [], 'no mail app without an address');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /Jason Lee gave you no email address.*never looked up/);
    assert.equal(await vscode.env.clipboard.readText(), 'Dear Jason, thanks again.');
    assert.equal(dec(await vscode.workspace.fs.readFile(uri)), before, 'nothing logged');
  });

  it('refuses to send a draft that still has a placeholder', async () => {
    const uri = vscode.Uri.joinPath(dir, 'mail.md');
    const cmd = await lensAt(uri, '## Draft: thank-you to Zoë, second try', /Open in Mail/);
    const opened: unknown[] = [];
    const warnings: string[] = [];
    await withStubs(vscode.env, { openExternal: async (t: unknown) => (opened.push(t), true) }, () =>
      withStubs(vscode.window, { showWarningMessage: async (m: string) => void warnings.push(m) }, () =>
        Promise.resolve(vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []))),
      ),
    );
    assert.deepEqual(opened, []);
    assert.deepEqual(warnings, ['Interview Journal: Draft "Draft: thank-you to Zoë, second try" still has a placeholder ("[Name]"): fill it in before sending.']);
  });

  it('Export Calendar offers a place outside the journal and writes a reminder per step', async () => {
    let offered: vscode.SaveDialogOptions | undefined;
    const target = vscode.Uri.joinPath(dir, 'reminders.ics');
    await withStubs(vscode.window, { showSaveDialog: async (o?: vscode.SaveDialogOptions) => ((offered = o), target), showInformationMessage: async () => undefined }, () =>
      Promise.resolve(vscode.commands.executeCommand('interviewJournal.exportCalendar')),
    );
    const def = offered?.defaultUri;
    assert.ok(def, 'a default location');
    assert.match(def.path, /\/interview-journal\.ics$/);
    for (const f of vscode.workspace.workspaceFolders ?? []) assert.ok(!def.toString().startsWith(f.uri.toString() + '/'), `${def.toString()} is outside ${f.name}`);
    const ics = dec(await vscode.workspace.fs.readFile(target));
    const events = (ics.match(/^BEGIN:VEVENT\r$/gm) ?? []).length;
    assert.ok(events > 0);
    assert.equal((ics.match(/^BEGIN:VALARM\r\nACTION:DISPLAY\r\n/gm) ?? []).length, events);
  });
});
