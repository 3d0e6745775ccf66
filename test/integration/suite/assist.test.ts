/**
 * The assistance in the real editor, through the commands VS Code runs for a person: suggest at a
 * position, hover, rename (F2), go to definition, find references and inlay hints, asserting the
 * exact items, ranges and edits. Two rounds at one company are written under `it-assist/`, the
 * clock pinned to Mon 23 Nov 2026 (12:00) for the folder. Waits on events, never on sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeScratch, openScratch, type Scratch } from './setup';
import { waitFor } from '../wait';

const TODAY = '2026-11-23';

interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  service: {
    result(uri: vscode.Uri | string): { entry: { isEntry: boolean; company: string; decisionBy?: { t: number } } } | undefined;
    now(path?: string): number;
  };
}

const PHONE = [
  '---',
  'company: IT Assist Co',
  'role: Platform Engineer',
  'round: phone screen',
  'interview: 2026-11-10 14:00',
  'interviewers:',
  '  - Jason Lee',
  'contacts:',
  '  - {date: 2026-11-10, to: Jason Lee, via: email, kind: thank-you}',
  '---',
  '',
].join('\n');

const ONSITE = [
  '---', //                                 0
  'company: IT Assist Co', //               1
  'role: Platform Engineer', //             2
  'round: onsite', //                       3
  'interview: 2026-11-20 14:00', //         4
  'interviewers:', //                       5
  '  - Priya Shah', //                      6
  '  - name: Tom Hill', //                  7
  '    email: tom@assist.example', //       8
  'decision_by: 2026-12-01', //             9
  'contacts:', //                           10
  '  - date: 2026-11-20', //                11
  '    to: Priya Shah', //                  12
  '    via: email', //                      13
  '    kind: thank-you', //                 14
  '  ', //                                  15
  '---', //                                 16
  '',
  'ij-', //                                 18
].join('\n');

const enc = (s: string) => new TextEncoder().encode(s);
const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const hoverText = (h: vscode.Hover) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
const rangeOf = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const rangeOfItem = (i: vscode.CompletionItem) => {
  const r = i.range;
  return r instanceof vscode.Range ? rangeOf(r) : r ? rangeOf(r.replacing) : '';
};
const insertOf = (i: vscode.CompletionItem) => (i.insertText instanceof vscode.SnippetString ? i.insertText.value : (i.insertText ?? labelOf(i)));

describe('assist', function () {
  this.timeout(60000);
  let api: Api;
  let scratch: Scratch;
  let dir: vscode.Uri;
  let phone: vscode.Uri;
  let onsite: vscode.Uri;
  let doc: vscode.TextDocument;

  /** Our items (not the editor's word suggestions), in the order the list shows them. */
  async function suggest(line: number, character: number, trigger?: string): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', onsite, new vscode.Position(line, character), trigger);
    return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text || i.sortText !== undefined).sort((a, b) => ((a.sortText ?? labelOf(a)) < (b.sortText ?? labelOf(b)) ? -1 : 1));
  }

  before(async () => {
    api = await activateExtension<Api>();
    await api.ready;
    scratch = await openScratch(TODAY, 'it-assist');
    dir = scratch.dir;
    phone = vscode.Uri.joinPath(dir, 'phone.md');
    onsite = vscode.Uri.joinPath(dir, 'onsite.md');
    await vscode.workspace.fs.writeFile(phone, enc(PHONE));
    await vscode.workspace.fs.writeFile(onsite, enc(ONSITE));
    doc = await vscode.workspace.openTextDocument(onsite);
    await vscode.window.showTextDocument(doc);
    const analysed = () => api.service.result(onsite)?.entry.isEntry === true && api.service.result(phone)?.entry.isEntry === true && api.service.now(onsite.toString()) === Date.UTC(2026, 10, 23, 12) / 60000;
    await waitFor(api.onDidUpdate, analysed, 'both rounds analysed at the pinned clock');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.getConfiguration('interviewJournal', scratch.folder.uri).update('inlayHints', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await closeScratch(scratch);
  });

  describe('completion', () => {
    it('via: after the colon and space, every channel with its meaning, replacing the value', async () => {
      const items = await suggest(13, 9, ' ');
      const vias = items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
      assert.deepEqual(vias.map(labelOf), ['email', 'phone', 'voicemail', 'letter', 'linkedin', 'text', 'video', 'in-person']);
      assert.equal(rangeOfItem(vias[0]), '13:9-13:14');
      assert.equal(vias[0].detail, 'An email (to an address they gave you).');
    });

    it('to: this entry\'s interviewers first, then the company\'s other rounds', async () => {
      const people = (await suggest(12, 8, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.User);
      assert.deepEqual(people.map(labelOf), ['Priya Shah', 'Tom Hill', 'Jason Lee']);
      assert.equal(rangeOfItem(people[0]), '12:8-12:18');
    });

    it('a contact map: the keys it lacks', async () => {
      const keys = (await suggest(14, 4)).filter((i) => i.kind === vscode.CompletionItemKind.Property);
      assert.deepEqual(keys.map(labelOf), ['note']);
      assert.equal(insertOf(keys[0]), 'note: ');
    });

    it('under contacts:, the next step as a whole contact line first, then the contact snippets dated by the journal\'s clock', async () => {
      const items = await suggest(15, 2);
      assert.equal(labelOf(items[0]), 'thank-you to Tom Hill by email');
      assert.equal(insertOf(items[0]), '- {date: 2026-11-23 12:00, to: Tom Hill, via: email, kind: thank-you}');
      assert.equal(rangeOfItem(items[0]), '15:2-15:2');
      const thanks = items.find((i) => labelOf(i) === 'ij-thank-you');
      assert.ok(thanks, `no ij-thank-you in the front matter: ${items.map(labelOf).join(', ')}`);
      assert.equal(thanks.kind, vscode.CompletionItemKind.Snippet);
      assert.match(insertOf(thanks), /^- date: 2026-11-23\n {2}to: \$\{1:Tom Hill\}/);
    });

    it('decision_by: two weeks after the interview first, with its weekday', async () => {
      const dates = (await suggest(9, 13)).filter((i) => i.kind === vscode.CompletionItemKind.Constant);
      assert.deepEqual(dates.map(labelOf), ['2026-12-04', '2026-11-23', '2026-11-20']);
      assert.deepEqual(dates.map((d) => (typeof d.label === 'string' ? '' : d.label.description)), ['two weeks after the interview, Fri 4 Dec', 'today, Mon 23 Nov', 'the interview, Fri 20 Nov']);
    });

    it('in the body: the body snippets (task, drafts) and no front-matter snippet', async () => {
      const labels = (await suggest(18, 3)).map(labelOf);
      assert.ok(labels.includes('ij-task'), labels.join(', '));
      assert.ok(labels.includes('ij-draft-thank-you'), labels.join(', '));
      for (const wrong of ['ij-thank-you', 'ij-interviewer', 'ij-recruiter', 'ij-entry']) assert.ok(!labels.includes(wrong), `${wrong} offered in the body`);
    });
  });

  describe('hover', () => {
    it('on the interview date: weekday, distance and the duties it drives', async () => {
      const [h] = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', onsite, new vscode.Position(4, 15));
      assert.ok(h, 'no hover');
      assert.equal(hoverText(h), '**Fri 20 Nov 2026 14:00**, 3 days ago\n\n- thank-yous due by Sat 21 Nov 14:00\n\n- check in from Fri 4 Dec');
      assert.equal(rangeOf(h.range!), '4:11-4:27');
    });

    it('on a person: their details and contacts so far', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', onsite, new vscode.Position(12, 10));
      assert.deepEqual(hovers.map(hoverText), ['**Priya Shah**, interviewer\n\nContacts so far: 1 sent, 0 from them; last Fri 20 Nov (3 days ago).']);
    });
  });

  describe('rename, definition, references', () => {
    it('F2 on an interviewer: one edit for every mention in both rounds', async () => {
      const prep = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', onsite, new vscode.Position(12, 10));
      assert.equal(prep.placeholder, 'Priya Shah');
      assert.equal(rangeOf(prep.range), '12:8-12:18');
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', onsite, new vscode.Position(6, 6), 'Priya Shah-Kaur');
      const entries = edit.entries().map(([uri, edits]) => [uri.toString(), edits.map((e) => `${rangeOf(e.range)} ${e.newText}`)]);
      assert.deepEqual(entries, [[onsite.toString(), ['6:4-6:14 Priya Shah-Kaur', '12:8-12:18 Priya Shah-Kaur']]], 'only this round names Priya');
    });

    it('F2 on a person of the other round renames it there too; refused on anything else', async () => {
      const we = new vscode.WorkspaceEdit();
      we.insert(onsite, new vscode.Position(15, 0), '  - {date: 2026-11-21, from: Jason Lee, via: email, kind: reply}\n');
      assert.ok(await vscode.workspace.applyEdit(we));
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', onsite, new vscode.Position(15, 32), 'Jason Li');
      const byFile = new Map(edit.entries().map(([uri, edits]) => [uri.toString(), edits.map((e) => `${rangeOf(e.range)} ${e.newText}`)]));
      assert.deepEqual(byFile.get(onsite.toString()), ['15:29-15:38 Jason Li']);
      assert.deepEqual(byFile.get(phone.toString()), ['6:4-6:13 Jason Li', '8:27-8:36 Jason Li']);
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', onsite, new vscode.Position(13, 10), 'x')),
        /Rename works on a person/,
      );
      // F2 asks prepareRename first: on the company it says what rename works on.
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', onsite, new vscode.Position(1, 12))), /Rename works on a person/);
      const back = new vscode.WorkspaceEdit();
      back.replace(onsite, new vscode.Range(0, 0, doc.lineCount, 0), ONSITE);
      assert.ok(await vscode.workspace.applyEdit(back));
      assert.equal(doc.getText(), ONSITE);
    });

    it('go to definition from a contact to the interviewer; references of a person and of the company', async () => {
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', onsite, new vscode.Position(12, 10));
      assert.deepEqual(
        defs.map((d) => ('uri' in d ? `${d.uri.toString()} ${rangeOf(d.range)}` : `${d.targetUri.toString()} ${rangeOf(d.targetRange)}`)),
        [`${onsite.toString()} 6:4-6:14`],
      );
      const company = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', onsite, new vscode.Position(1, 12));
      assert.deepEqual(company.map((l) => `${l.uri.path.split('/').pop()} ${rangeOf(l.range)}`).sort(), ['onsite.md 1:9-1:21', 'phone.md 1:9-1:21']);
    });
  });

  describe('inlay hints', () => {
    const hints = async () => {
      const hs = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', onsite, new vscode.Range(0, 0, 17, 0));
      return hs.map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
    };

    it('after interview: and decision_by:, following edits, and off with the setting', async () => {
      assert.deepEqual(await hints(), ['4:27 thank-yous due by Sat 21 Nov 14:00', '9:23 check in from Fri 4 Dec']);
      const we = new vscode.WorkspaceEdit();
      we.replace(onsite, new vscode.Range(9, 13, 9, 23), '2026-12-08');
      assert.ok(await vscode.workspace.applyEdit(we));
      await waitFor(api.onDidUpdate, () => api.service.result(onsite)?.entry.decisionBy?.t === Date.UTC(2026, 11, 8) / 60000, 'the new decision date analysed');
      assert.deepEqual(await hints(), ['4:27 thank-yous due by Sat 21 Nov 14:00', '9:23 check in from Fri 11 Dec']);
      await vscode.workspace.getConfiguration('interviewJournal', scratch.folder.uri).update('inlayHints', false, vscode.ConfigurationTarget.WorkspaceFolder);
      assert.deepEqual(await hints(), []);
    });
  });
});
