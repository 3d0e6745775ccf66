/**
 * Sending a draft: its plain text (markdown removed), who it is to, the contact kind its title
 * names, and a `mailto:` URI (RFC 6068) with every reserved character percent-encoded.
 * An address is used only when the person gave one in the entry: nothing is looked up.
 */
import type { RootContent, PhrasingContent } from 'mdast';
import type { Draft } from './body';
import type { Entry } from './entry';
import { load as loadRemark } from './lazy/load-remark';
import { findPlaceholders, maskCode, referenceLabels } from './rules/draft-text';
import { normalizeName } from './text';
import type { ContactKind } from './types';

/** The markdown of a draft's section as plain text for a mail: paragraphs, lists, quotes, code. */
export function plainText(markdown: string): string {
  const tree = loadRemark().markdownParser(false)(markdown);
  const blocks = tree.children.map((n) => block(n, '')).filter((b) => b !== '');
  return blocks.join('\n\n').replace(/[ \t]+\n/g, '\n').trim();
}

function block(n: RootContent, indent: string): string {
  switch (n.type) {
    case 'paragraph':
    case 'heading':
      return indent + inline(n.children).replace(/\n/g, `\n${indent}`);
    case 'list':
      return n.children
        .map((item, i) => {
          const mark = n.ordered ? `${(n.start ?? 1) + i}. ` : '- ';
          const inner = item.children.map((c) => block(c, '')).filter(Boolean).join('\n');
          return indent + mark + inner.replace(/\n/g, `\n${indent}${' '.repeat(mark.length)}`);
        })
        .join('\n');
    case 'blockquote':
      return n.children.map((c) => block(c, indent)).filter(Boolean).join('\n\n').replace(/^/gm, '> ');
    case 'code':
      return n.value.replace(/^/gm, indent);
    case 'html':
    case 'thematicBreak':
    case 'definition':
      return '';
    default:
      return 'children' in n ? (n.children as RootContent[]).map((c) => block(c, indent)).join('\n') : 'value' in n ? String(n.value) : '';
  }
}

function inline(nodes: PhrasingContent[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out += n.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'link': {
        const text = inline(n.children);
        const url = n.url.replace(/^mailto:/i, '');
        out += text && text !== url ? `${text} (${url})` : url;
        break;
      }
      case 'image':
        out += n.alt ?? '';
        break;
      case 'html':
        break;
      default:
        out += 'children' in n ? inline(n.children as PhrasingContent[]) : 'value' in n ? String(n.value) : '';
    }
  }
  return out;
}

/** Percent-encodes everything but RFC 3986's unreserved characters (UTF-8 for the rest). */
export function encodeComponent(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `mailto:` URI: the address (when known), subject and body; line breaks as CRLF (RFC 6068). */
export function mailtoUri(m: { to?: string; subject: string; body: string }): string {
  const to = m.to ? encodeComponent(m.to.trim()).replace(/%40/g, '@') : '';
  const crlf = (s: string) => s.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${to}?subject=${encodeComponent(m.subject)}&body=${encodeComponent(crlf(m.body))}`;
}

/** The contact kind a draft's title names ("Draft: thank-you to Jason" -> thank-you). */
export function draftKind(title: string): ContactKind {
  const t = title.toLowerCase();
  if (/thank[\s-]*you|thanks|handwritten/.test(t)) return 'thank-you';
  if (/check[\s-]*in/.test(t)) return 'check-in';
  if (/update[\s-]*request|ask(?:ing)? for an update/.test(t)) return 'update-request';
  if (/informational/.test(t)) return 'informational';
  if (/debrief/.test(t)) return 'debrief';
  if (/\breply\b|\banswer\b/.test(t)) return 'reply';
  return 'other';
}

export interface Addressee {
  name: string;
  email?: string;
  role: 'interviewer' | 'recruiter';
}

/** Who a draft is to: the one interviewer or recruiter its title names, else the only interviewer. */
export function draftAddressee(entry: Entry, title: string): Addressee | undefined {
  const words = ` ${normalizeName(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const names = (name: string) => normalizeName(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).some((w) => words.includes(` ${w} `));
  const all: Addressee[] = [
    ...entry.interviewers.map((p) => ({ name: p.name, email: p.email, role: 'interviewer' as const })),
    ...(entry.recruiter ? [{ name: entry.recruiter.name, email: entry.recruiter.email, role: 'recruiter' as const }] : []),
  ];
  const named = all.filter((p) => names(p.name));
  if (named.length === 1) return named[0];
  if (named.length === 0 && entry.interviewers.length === 1 && !/recruiter/i.test(title)) return all[0];
  if (named.length === 0 && /recruiter/i.test(title) && entry.recruiter) return all[all.length - 1];
  return undefined;
}

export type DraftMail =
  | { ok: true; to?: Addressee; subject: string; body: string; kind: ContactKind; uri: string }
  | { ok: false; message: string };

/**
 * A draft of an entry ready to send: refused while it still has a placeholder; To only when
 * the addressee gave an email; Subject: the draft's own "Subject:" line, else "Thank you from
 * <your name>" for a thank-you and a plain one otherwise.
 */
export function draftMail(entry: Entry, draft: Draft, text: string, opts: { yourName?: string } = {}): DraftMail {
  const raw = text.slice(draft.start, draft.end);
  const { prose, notes } = maskCode(raw);
  const hits = findPlaceholders(prose, notes, referenceLabels(text));
  if (hits.length) {
    const list = [...new Set(hits.map((h) => h.text))].slice(0, 3).map((h) => `"${h}"`).join(', ');
    return { ok: false, message: `Draft "${draft.title}" still has ${hits.length === 1 ? 'a placeholder' : 'placeholders'} (${list}): fill ${hits.length === 1 ? 'it' : 'them'} in before sending.` };
  }
  let body = plainText(raw);
  // The snippets start a draft with "Subject: ...": that line is the subject, not the message.
  const subjectLine = /^subject:[ \t]*([^\n]*)\n*/i.exec(body);
  if (subjectLine) body = body.slice(subjectLine[0].length);
  if (!body) return { ok: false, message: `Draft "${draft.title}" is empty: write the message under its heading first.` };
  const kind = draftKind(draft.title);
  const to = draftAddressee(entry, draft.title);
  const name = opts.yourName?.trim();
  const role = entry.role?.trim();
  const subject = subjectLine?.[1].trim()
    ? subjectLine[1].trim()
    : kind === 'thank-you'
      ? name
        ? `Thank you from ${name}`
        : `Thank you${role ? ` – ${role} interview` : ''}`
      : [role ? `${role} interview` : entry.company ? `${entry.company} interview` : 'Interview', name].filter(Boolean).join(' – ');
  return { ok: true, to, subject, body, kind, uri: mailtoUri({ to: to?.email, subject, body }) };
}
