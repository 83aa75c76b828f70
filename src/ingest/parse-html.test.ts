import { describe, expect, it } from 'vitest';
import { declaredCharset, pageDate, pageTitle } from './html-metadata.js';
import { parseHtml } from './parse-html.js';

const html = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('parseHtml', () => {
  it('makes one block per block element and leaves out scripts, styles, landmarks and hidden parts', () => {
    const page = parseHtml(html('<title>T</title><style>p{}</style>', `
      <nav><a href="/">Home</a></nav>
      <div>First <b>block</b><br>second line</div>
      <p>Para &amp; more</p>
      <script>var x = "not text";</script>
      <div hidden>secret</div><div style="display: none">gone</div><div role="navigation">links</div>
      <footer>Footer</footer>`));
    expect(page.blocks.map((b) => b.text)).toEqual(['First block\nsecond line', 'Para & more']);
  });

  it('counts link text and marks headings and main content', () => {
    const page = parseHtml(html('', '<ul><li><a href="#">Related story one</a></li></ul><article><h1>Big news</h1><p>Body <a href="#">link</a></p></article>'));
    expect(page.blocks).toEqual([
      { text: 'Related story one', linkChars: 15, markup: true, heading: false, main: false },
      { text: 'Big news', linkChars: 0, markup: true, heading: true, main: true },
      { text: 'Body link', linkChars: 4, markup: true, heading: false, main: true },
    ]);
  });

  it('marks text that shares its container with a form control as a widget, but not a paragraph with a button', () => {
    const page = parseHtml(html('', '<div class="c"><p>We use cookies.</p><button>OK</button></div><p>Body text <button>more</button></p>'));
    expect(page.blocks.map((b) => [b.text, b.widget ?? false])).toEqual([['We use cookies.', true], ['Body text', false]]);
  });
});

describe('page metadata', () => {
  it('prefers og:title and article:published_time', () => {
    const page = parseHtml(html(
      '<title>Ten years on | The Observer</title><meta property="og:title" content="Ten years on: Georgia"><meta property="article:published_time" content="2018-08-07T09:00:00Z">',
      '<time datetime="2020-01-01">x</time>'));
    expect(pageTitle(page)).toBe('Ten years on: Georgia');
    expect(pageDate(page)).toBe('2018-08-07');
  });

  it('falls back to <title> without the site name, and to JSON-LD and <time> for the date', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2013-06-05"}]}</script>';
    const page = parseHtml(html('<title>Wine returns to Moscow shelves | Caucasus Weekly</title>' + ld, '<p>x</p>'));
    expect(pageTitle(page)).toBe('Wine returns to Moscow shelves');
    expect(pageDate(page)).toBe('2013-06-05');
    const timed = parseHtml(html('<meta name="date" content="not a date">', '<article><time datetime="2009-09-01T10:00">Sept 1</time></article>'));
    expect(pageDate(timed)).toBe('2009-09-01');
    expect(pageTitle(timed)).toBeNull();
  });

  it('reads a declared charset from the first bytes', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('ISO-8859-1');
    expect(declaredCharset(Buffer.from('<p>none</p>'))).toBeUndefined();
  });
});
