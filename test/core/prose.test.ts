// Which parts of a document count as prose, as fixtures: input in, the prose text out.
import { strict as assert } from 'node:assert';
import { extractFastMarkdownProse, extractMarkdownProse, extractPlainProse, extractRemarkProse } from '../../src/core/markdown/prose';
import { splitSentences } from '../../src/core/claims/sentences';

function proseOf(md: string): string[] {
  const view = extractMarkdownProse(md);
  assert.equal(view.masked.length, md.length, 'masking keeps offsets');
  return view.blocks.map((b) => view.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim());
}

describe('Markdown prose', () => {
  it('keeps paragraphs, headings, lists, quotes, tables and link text', () => {
    const md = ['# The JJOC', '', 'It has **240** staff.', '', '- one JJOC', '> quoted JJOC', '', '| a | b |', '|---|---|', '| JJOC | 240 |', '', 'See [the JJOC](https://example.org).'].join('\n');
    assert.deepEqual(proseOf(md), ['The JJOC', 'It has 240 staff.', 'one JJOC', 'quoted JJOC', 'a b', 'JJOC 240', 'See the JJOC .']);
  });

  it('drops code, inline code, URLs, HTML and front matter', () => {
    const md = ['---', 'title: JJOC', '---', '', 'Text `JJOC` and <b>bold</b> and https://jjoc.example.org end.', '', '<div>JJOC</div>', '', '```', 'JJOC', '```', '', '    indented JJOC', '', '![JJOC](x.png) www.jjoc.example'].join('\n');
    const view = extractMarkdownProse(md);
    assert.ok(!/JJOC|jjoc/.test(view.masked), view.masked);
    assert.deepEqual(proseOf(md).filter((s) => s.length > 0), ['Text and bold and end.']);
  });

  it('reads text of another script run into a URL as prose, and keeps a path in that script with the URL (remark and the fast reader alike)', () => {
    const md = ['出典: https://mainichi.jp/articles/20250211/040/103000c折木氏は、統合作戦司令部の初代司令官となる。', '', '詳細は https://ja.wikipedia.org/wiki/統合作戦司令部 を参照。'].join('\n');
    for (const view of [extractRemarkProse(md), extractFastMarkdownProse(md)]) {
      assert.ok(view.masked.includes('折木氏は、統合作戦司令部の初代司令官となる。'), view.masked);
      assert.ok(!view.masked.includes('103000c') && !view.masked.includes('wiki/統合作戦司令部'), view.masked);
      assert.ok(!/統合作戦司令部 を参照/.test(view.masked), view.masked);
    }
  });

  it('reads indented prose that follows indented rows that are not prose in the same paragraph (a scraped page\'s source rows), in both readers', () => {
    const md = [
      'Intro.',
      '',
      '    取得元: 富山県議会公式サイト',
      '    最終取得日: 2024-09-18',
      '    質問に先立ち、令和6年1月1日に発生した令和6年能登半島地震において、お亡くなりになられた方々にお悔やみを申し上げます。',
      '',
      '    const jjoc = load(); // JJOC',
      '    print(jjoc)',
    ].join('\n');
    const expected = ['Intro.', '質問に先立ち、令和6年1月1日に発生した令和6年能登半島地震において、お亡くなりになられた方々にお悔やみを申し上げます。'];
    for (const view of [extractRemarkProse(md), extractFastMarkdownProse(md)]) {
      assert.equal(view.masked.length, md.length);
      assert.deepEqual(view.blocks.map((b) => view.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim()), expected);
    }
  });

  it('reads an indented paragraph of pasted prose as prose, and indented code as code (remark and the fast reader alike)', () => {
    const md = [
      'Intro.',
      '',
      '    U.S. Indo-Pacific Command   ',
      '',
      '    HONOLULU — Adm. Samuel J. Paparo, the commander of U.S. Indo-Pacific Command, welcomed the minister to the headquarters in Hawaii.',
      '    It was his first visit.',
      '',
      '    const jjoc = load(); // JJOC',
      '    print(jjoc)',
      '',
      '    在日米軍は、インド太平洋軍の隷下にある統合軍司令部として再編される。',
      '',
      '     石川県珠洲市の入浴支援施設を視察する中谷防衛相(左)=5日午前',
      '',
      '    x = 統合作戦司令部(設置場所);',
    ].join('\n');
    const expected = [
      'Intro.',
      'HONOLULU — Adm. Samuel J. Paparo, the commander of U.S. Indo-Pacific Command, welcomed the minister to the headquarters in Hawaii. It was his first visit.',
      '在日米軍は、インド太平洋軍の隷下にある統合軍司令部として再編される。',
      '石川県珠洲市の入浴支援施設を視察する中谷防衛相(左)=5日午前',
    ];
    for (const view of [extractRemarkProse(md), extractFastMarkdownProse(md)]) {
      assert.equal(view.masked.length, md.length);
      assert.deepEqual(view.blocks.map((b) => view.masked.slice(b.start, b.end).replace(/\s+/g, ' ').trim()), expected);
      assert.ok(!/load|print|U\.S\. Indo-Pacific Command\s*\n/.test(view.masked), view.masked);
    }
  });

  it('keeps a sentence inside a fenced code block code, blank lines and all (remark and the fast reader alike)', () => {
    const md = '```\n\n\nGen. Nagumo met USFJ in Tokyo (on Monday) and the JJOC in Ichigaya.\n```\nThe JJOC has 300 personnel.\n';
    for (const view of [extractRemarkProse(md), extractFastMarkdownProse(md)]) assert.ok(!/Nagumo/.test(view.masked), view.masked);
  });

  it('keeps a paragraph whose www. link is glued to the text before it (remark and the fast reader alike)', () => {
    // GFM splits such a link off after parsing, into nodes with no position.
    const md = '統合作戦司令部が発足した。\n記事→www.jiji.com/jc/article?k=1&g=soc と note→www.example.org.';
    for (const view of [extractRemarkProse(md), extractMarkdownProse(md)]) {
      assert.equal(view.masked.length, md.length);
      assert.ok(view.masked.startsWith('統合作戦司令部が発足した。\n記事→ '), view.masked);
      assert.ok(view.masked.includes(' と note→ '), view.masked);
      assert.ok(!/www|jiji|example/.test(view.masked), view.masked);
    }
  });

  it('pins entity: links and reads directives', () => {
    const md = 'The [Command](entity:jjoc) met.\n\n<!-- entity-lens-disable fact-conflict -->\n\nText.\n\n<!-- entity-lens-enable -->';
    const view = extractMarkdownProse(md);
    assert.deepEqual(view.annotations.map((a) => [a.id, a.text]), [['jjoc', 'Command']]);
    assert.deepEqual(view.directives.map((d) => [d.kind, d.codes]), [['disable', ['fact-conflict']], ['enable', []]]);
  });

  it('survives 10,000 nested block quotes', () => {
    const md = '>'.repeat(10000) + ' JJOC';
    const view = extractMarkdownProse(md);
    assert.equal(view.masked.length, md.length);
  });
});

describe('plain-text prose', () => {
  it('is all prose; blank lines and bullets start blocks; # is a character', () => {
    const text = '# JJOC notes\nline two\n\n- item one\n- item two\n';
    const view = extractPlainProse(text);
    assert.equal(view.masked, text);
    assert.deepEqual(view.blocks.map((b) => text.slice(b.start, b.end).trim()), ['# JJOC notes\nline two', '- item one', '- item two']);
  });
});

describe('sentences', () => {
  const split = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
  it('splits English, keeping abbreviations, initials and decimals', () => {
    assert.deepEqual(split('Lt. Gen. Nagumo leads the U.S. liaison. It cost 10.5 billion yen! Really?'), ['Lt. Gen. Nagumo leads the U.S. liaison.', 'It cost 10.5 billion yen!', 'Really?']);
  });
  it('splits Japanese at 。！？ and keeps closing brackets', () => {
    assert.deepEqual(split('発足した。「新設だ。」人員は240人！'), ['発足した。', '「新設だ。」', '人員は240人！']);
  });
  it('ends a sentence at a line that is only a date (a page\'s date under its headline)', () => {
    assert.deepEqual(split('平成22年(2010年)東北地方太平洋沖地震に対する自衛隊の活動状況\n平成23年5月9日\n防衛省'), ['平成22年(2010年)東北地方太平洋沖地震に対する自衛隊の活動状況', '平成23年5月9日', '防衛省']);
    assert.deepEqual(split('Defense Minister Nakatani Calls for Cooperation in Address\nMay 31, 2025\nSINGAPORE'), ['Defense Minister Nakatani Calls for Cooperation in Address', 'May 31, 2025', 'SINGAPORE']);
    assert.deepEqual(split('The JJOC was set up on\nMarch 24, 2025 in Tokyo.'), ['The JJOC was set up on\nMarch 24, 2025 in Tokyo.']);
  });
  it('does not end a sentence at a soft line break, but does at a blank line', () => {
    assert.deepEqual(split('The JJOC has\n240 personnel\n\nNext one.'), ['The JJOC has\n240 personnel', 'Next one.']);
  });
  it('ends a sentence at a dot followed by a citation mark, which belongs to neither sentence', () => {
    assert.deepEqual(split('It was agreed earlier in 2025.[1] By unifying them, it helps.'), ['It was agreed earlier in 2025.', 'By unifying them, it helps.']);
    assert.deepEqual(split('任命された。[1] [2]中谷は再び任命された。'), ['任命された。', '中谷は再び任命された。']);
    assert.deepEqual(split('See note [1] here.'), ['See note [1] here.']);
  });
  it('ends a sentence at each row of a table written inside a paragraph, not at a bar in prose', () => {
    assert.deepEqual(split('【データ】\n発足日 | 2025年3月24日 |\n人員 | 240人 |\n以上の通り'), ['【データ】', '発足日 | 2025年3月24日 |', '人員 | 240人 |', '以上の通り']);
    assert.deepEqual(split('Use a|b as\nthe pattern'), ['Use a|b as\nthe pattern']);
  });
});
