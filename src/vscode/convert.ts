/** Conversions between the engine's plain data and VS Code's types. */
import * as vscode from 'vscode';
import { stepLine as coreStepLine, stepPhrase } from '../core/phrases';
import type { Diagnostic, Range, Severity, Step, Urgency } from '../core/types';

export const DIAGNOSTIC_SOURCE = 'interview-journal';
export const RULES_DOC = 'https://github.com/interview-journal/interview-journal/blob/main/docs/rules.md';

export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

export function ruleUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(`${RULES_DOC}#${rule}`);
}

export function toDiagnostic(d: Diagnostic): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, toSeverity(d.severity));
  out.source = DIAGNOSTIC_SOURCE;
  out.code = { value: d.rule, target: ruleUri(d.rule) };
  return out;
}

/** The rule id of one of our diagnostics, or undefined for someone else's. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = d.code;
  if (typeof code === 'string') return code;
  if (code && typeof code === 'object') return String(code.value);
  return undefined;
}

/** The date part of a step's line (core/phrases.ts): "due today", "2 days overdue"; '' without a date. */
export function stepDue(step: Step, now: number): string {
  return stepPhrase(step, now);
}

/** "Send a thank-you email to Jason Lee · 1 day overdue" */
export function stepLine(step: Step, now: number): string {
  return coreStepLine(step, now);
}

export const URGENCY_ICON: Record<Urgency, { icon: string; color: string }> = {
  overdue: { icon: 'bell-dot', color: 'list.errorForeground' },
  today: { icon: 'bell', color: 'list.warningForeground' },
  soon: { icon: 'calendar', color: 'charts.blue' },
  later: { icon: 'calendar', color: 'descriptionForeground' },
  waiting: { icon: 'watch', color: 'descriptionForeground' },
  done: { icon: 'pass', color: 'disabledForeground' },
};

export function urgencyIcon(u: Urgency): vscode.ThemeIcon {
  const { icon, color } = URGENCY_ICON[u];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}
