/**
 * The HTML report, parsed (cheerio): self-contained and script-free, every chart present with
 * its table, and the numbers in those tables equal to the model's (the JSON the CLI prints).
 */
import { strict as assert } from 'node:assert';
import * as cheerio from 'cheerio';
import { CHART_IDS, chartsHtml } from '../../src/core/charts';
import { reportHtml } from '../../src/core/report-html';
import { computeStats } from '../../src/core/stats';
import { entry } from './helpers';
import { GOLDEN, groupOf } from './stats-fixture';

/** A table's body rows as arrays of cell texts. */
function rows($: cheerio.CheerioAPI, chart: string): string[][] {
  return $(`#chart-${chart} details.numbers table tbody tr`)
    .toArray()
    .map((tr) => $(tr).children('th,td').toArray().map((c) => $(c).text()));
}

describe('report-html', () => {
  const model = computeStats([groupOf('j', GOLDEN)]);
  const html = reportHtml(model);
  const $ = cheerio.load(html);

  it('is one self-contained page: no script, no event handler, nothing fetched from elsewhere', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.equal($('script').length, 0);
    assert.ok(!/<script/i.test(html));
    for (const el of $('*').toArray()) {
      for (const name of Object.keys((el as unknown as { attribs: Record<string, string> }).attribs ?? {})) {
        assert.ok(!/^on/i.test(name), `event handler ${name} on <${(el as unknown as { tagName: string }).tagName}>`);
        assert.notEqual(name, 'style', 'no style attribute');
      }
    }
    assert.equal($('link, img, iframe, object, embed, use').length, 0);
    assert.ok(!/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html), 'no remote resource');
    assert.ok(!/url\(/i.test($('style').text()), 'no url() in the CSS');
    assert.match($('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '', /default-src 'none'/);
  });

  it('has every chart, each with an SVG (or an empty note) and its numbers as a table', () => {
    for (const id of CHART_IDS) {
      const fig = $(`figure#chart-${id}`);
      assert.equal(fig.length, 1, id);
      assert.ok(fig.find('figcaption').text().length > 0, `${id} has a title`);
      assert.ok(fig.find('svg').length > 0, `${id} has a chart`);
      assert.ok(fig.find('table').length > 0, `${id} has its numbers`);
    }
  });

  it('the numbers in the tables are the model\'s', () => {
    assert.deepEqual(rows($, 'status'), Object.entries(model.byStatus).map(([k, v]) => [k, String(v)]));
    assert.deepEqual(rows($, 'urgency'), Object.entries(model.byUrgency).map(([k, v]) => [k, String(v)]));
    assert.deepEqual(rows($, 'funnel'), [
      ['companies', '5'],
      ['later rounds', '2'],
      ['offers', '1'],
      ['accepted', '0'],
    ]);
    assert.deepEqual(rows($, 'response'), [
      ['Acme', '2', '2', '0', '3', '2', '4'],
      ['Globex', '1', '1', '0', '7', '7', '7'],
      ['Umbrella', '1', '1', '0', '7', '7', '7'],
      ['Initech', '1', '0', '1', '–', '–', '–'],
    ]);
    assert.match($('#chart-response .note').text(), /^Median 5\.5 days \(middle half 3\.5–7, range 2–7\) over 4 answered interviews; 1 still waiting\.$/);
    assert.deepEqual(rows($, 'follow-ups-kind'), model.followUps.byKind.map((k) => [k.key, String(k.sent), String(k.answered)]));
    assert.deepEqual(rows($, 'follow-ups-channel'), model.followUps.byChannel.map((k) => [k.key, String(k.sent), String(k.answered)]));
    assert.deepEqual(rows($, 'weekly'), model.weekly.map((w) => [w.week, String(w.sent), String(w.received), String(w.interviews)]));
    assert.deepEqual(rows($, 'problems'), model.problems.map((p) => [p.rule, String(p.error), String(p.warning), String(p.information), String(p.total)]));
    // The summary tiles.
    assert.deepEqual(
      $('dl.summary div').toArray().map((d) => [$(d).find('dt').text(), $(d).find('dd').text()]),
      [
        ['entries', '6'],
        ['companies', '5'],
        ['offers', '1'],
        ['overdue', '0'],
        ['median days to an answer', '5.5'],
        ['answered', '5/7'],
      ],
    );
  });

  it('one timeline row per entry, latest first, its planned windows shaded and contacts drawn', () => {
    const trs = $('#chart-timeline table.timeline tbody tr').toArray();
    assert.deepEqual(
      trs.map((tr) => $(tr).find('.sub').text()),
      model.timelines.map((t) => t.path),
    );
    // One date scale for every row, in the column's heading.
    assert.equal($('#chart-timeline thead svg').attr('aria-label'), 'timeline from 2026-10-05 to 2026-12-18');
    const acme = $(trs[1]);
    assert.equal(acme.find('td.when').text(), '2026-11-20 14:00');
    assert.equal(acme.find('th .open').text(), 'Acme — Engineer (onsite)');
    assert.equal(acme.find('rect.window').length, 5);
    assert.deepEqual(
      acme.find('rect.window title').toArray().map((t) => $(t).text()),
      [
        'prepare to Acme: … – 2026-11-20T14:00 (done)',
        'thank-you to Jason Lee: 2026-11-20T14:00 – 2026-11-21T14:00 (done)',
        'thank-you to Maria Diaz: 2026-11-20T14:00 – 2026-11-21T14:00 (done)',
        'other-offer to Maria Diaz: … – 2026-11-30 (open)',
        'check-in to Maria Diaz: 2026-11-30 – 2026-11-30 (open)',
      ],
    );
    assert.equal(acme.find('circle').length, 3);
    // Not interactive: no data-path to open, nothing focusable.
    assert.equal($('[data-path], [tabindex]').length, 0);
  });

  it('journal text is escaped, never markup', () => {
    const evil = computeStats([
      groupOf('j', {
        'x.md': entry(['company: "<script>alert(1)</script>"', 'role: "<img src=x onerror=alert(1)>"', 'interview: 2026-11-20', 'interviewers:', '  - "Bob <b>"', 'contacts:', '  - { date: 2026-11-21, from: "Bob <b>", via: email, kind: reply }']),
      }),
    ]);
    const page = reportHtml(evil);
    const $e = cheerio.load(page);
    assert.equal($e('script, img, b').length, 0);
    assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  it('the dashboard flavour: bars filter, timeline rows open their file at its line', () => {
    const $d = cheerio.load(chartsHtml(model, { interactive: true }));
    assert.deepEqual(
      $d('#chart-status [data-filter]').toArray().map((g) => $d(g).attr('data-filter')),
      Object.keys(model.byStatus).map((s) => `status:${s}`),
    );
    const open = $d('#chart-timeline [data-path]').first();
    assert.equal(open.attr('data-path'), 'j/hooli.md');
    assert.equal(open.attr('data-line'), String(model.timelines[0].line));
    assert.equal(open.attr('tabindex'), '0');
    assert.equal(open.attr('role'), 'button');
    const few = cheerio.load(chartsHtml(computeStats([groupOf('j', GOLDEN)], { maxTimelines: 2 }), { interactive: true }));
    assert.equal(few('#chart-timeline tr.entry').length, 2);
    assert.equal(few('#chart-timeline .note').text(), 'The latest 2 of 6 interviews are shown.');
  });

  it('per group: the charts again under each group, with ids of their own', () => {
    const m = computeStats([groupOf('alice', { 'a.md': GOLDEN['j/globex.md'] }), groupOf('bob', { 'b.md': GOLDEN['j/hooli.md'] })]);
    const $g = cheerio.load(reportHtml(m));
    assert.deepEqual(
      $g('section.group h2').toArray().map((h) => $g(h).text()),
      ['alice', 'bob'],
    );
    assert.equal($g('#chart-alice-status').length, 1);
    assert.equal($g('#chart-bob-funnel tbody tr').first().find('td').text(), '1');
    const ids = $g('[id]').toArray().map((e) => $g(e).attr('id'));
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  });
});
