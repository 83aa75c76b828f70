import { describe, expect, it } from 'vitest';
import { joinBlocks, splitTextBlocks, type Block } from './blocks.js';
import { classifyBlock, selectContent } from './select-content.js';

const para = (topic: string) =>
  `The ministers of both countries discussed ${topic} at length during the meeting held in the capital. ` +
  `Officials said that further talks on ${topic} would follow later in the year, after the experts had reported.`;

const page = (...parts: string[]) => parts.join('\n\n');

describe('splitTextBlocks', () => {
  it('splits at blank lines, including lines of spaces, and keeps line breaks inside a block', () => {
    const blocks = splitTextBlocks('one\ntwo\n \t\nthree\n\n\n\nfour  \n');
    expect(blocks.map((b) => b.text)).toEqual(['one\ntwo', 'three', 'four']);
  });

  it('splits a stack of label lines into one block per line and counts bar-separated menus as links', () => {
    const blocks = splitTextBlocks('Start | Reports | Maps | Contact\nSee our Analyst Openings!\nNepal - India Relations\n\nPlain line one\nends here. Next line');
    expect(blocks.map((b) => b.text)).toEqual(['Start | Reports | Maps | Contact', 'See our Analyst Openings!', 'Nepal - India Relations', 'Plain line one\nends here. Next line']);
    expect(classifyBlock(blocks[0])).toBe('bad');
    expect(classifyBlock(blocks[2])).toBe('short');
  });
});

describe('classifyBlock', () => {
  it('tells content, sentence-like, short and link-dense blocks apart', () => {
    expect(classifyBlock({ text: para('trade'), linkChars: 0 })).toBe('good');
    expect(classifyBlock({ text: 'The talks will resume in the spring.', linkChars: 0 })).toBe('near');
    expect(classifyBlock({ text: 'Join the mailing list', linkChars: 0 })).toBe('short');
    expect(classifyBlock({ text: 'Find a Security Clearance Job!', linkChars: 0 })).toBe('short');
    expect(classifyBlock({ text: 'Home World Politics Economy', linkChars: 24 })).toBe('bad');
  });

  it('never treats a heading as content, however long', () => {
    expect(classifyBlock({ text: para('energy'), linkChars: 0, heading: true })).toBe('short');
  });
});

describe('selectContent', () => {
  it('drops edge chrome, keeps the title line before the content and reports it', () => {
    const text = page('Find a Security Clearance Job!', 'Azerbaijan - Russia Relations', para('gas'), para('oil'), 'Join the mailing list');
    const sel = selectContent(splitTextBlocks(text));
    expect(sel.title).toBe('Azerbaijan - Russia Relations');
    expect(joinBlocks(sel.kept)).toBe(page('Azerbaijan - Russia Relations', para('gas'), para('oil')));
  });

  it('keeps short blocks between content blocks as subheadings', () => {
    const sel = selectContent(splitTextBlocks(page(para('gas'), 'Energy', para('oil'))));
    expect(sel.kept.map((b) => b.text)).toEqual([para('gas'), 'Energy', para('oil')]);
  });

  it('drops an ad label between paragraphs of plain text, but keeps a one-word subheading', () => {
    const sel = selectContent(splitTextBlocks(page(para('gas'), 'Advertisement', para('oil'), 'Pipelines', para('grid'))));
    expect(sel.kept.map((b) => b.text)).toEqual([para('gas'), para('oil'), 'Pipelines', para('grid')]);
  });

  it('drops a one-word label between paragraphs of a page, but keeps a page subheading', () => {
    const html = (text: string, heading = false): Block => ({ text, linkChars: 0, markup: true, heading, main: true });
    const sel = selectContent([html(para('gas')), html('Advertisement'), html(para('oil')), html('Pipelines', true), html(para('grid'))]);
    expect(sel.kept.map((b) => b.text)).toEqual([para('gas'), para('oil'), 'Pipelines', para('grid')]);
  });

  it('drops pasted chrome lines around a plain-text title and takes the title line', () => {
    const text = page('Start | Reports | Maps | Contact\nSee our Analyst Openings!\nNepal - India Relations\nShare this: Mail Print', para('water'),
      'More: Nepal - China Relations | Bhutan Profile', para('power'), 'Privacy | Terms');
    const sel = selectContent(splitTextBlocks(text));
    expect(sel.title).toBe('Nepal - India Relations');
    expect(joinBlocks(sel.kept)).toBe(page('Nepal - India Relations', para('water'), para('power')));
  });

  it('drops a share bar inside the content and still finds the title before one', () => {
    const sel = selectContent(splitTextBlocks(page('Talks in Sochi', 'Share this article: Facebook Twitter WhatsApp', para('gas'), 'Follow us on Twitter', para('oil'))));
    expect(sel.title).toBe('Talks in Sochi');
    expect(sel.kept.map((b) => b.text)).toEqual(['Talks in Sochi', para('gas'), para('oil')]);
  });

  it('does not take a sentence or an exclamation before the content as the title', () => {
    expect(selectContent(splitTextBlocks(page('Subscribe now!', para('gas')))).title).toBeNull();
    expect(selectContent(splitTextBlocks(page('Read more:', para('gas')))).title).toBeNull();
  });

  it('keeps short sentence paragraphs chained to the content, also at the edges', () => {
    const lede = 'Russia and Georgia held talks in Prague on Friday.';
    const close = 'A further round is planned for March.';
    const sel = selectContent(splitTextBlocks(page('Menu', lede, para('wine'), close, 'Share')));
    expect(sel.kept.map((b) => b.text)).toEqual([lede, para('wine'), close]);
  });

  it('uses sentence-like blocks as content when no block is long (wire copy)', () => {
    const a = 'The two presidents met in Sochi on Monday.';
    const b = 'They agreed to keep talking about the border.';
    const sel = selectContent(splitTextBlocks(page('Top stories', 'Talks in Sochi', a, b, 'Follow us')));
    expect(sel.title).toBe('Talks in Sochi');
    expect(sel.kept.map((x) => x.text)).toEqual(['Talks in Sochi', a, b]);
  });

  it('keeps everything that is not link-dense when there is no content block at all', () => {
    const blocks: Block[] = [{ text: 'Short note', linkChars: 0 }, { text: 'Links here', linkChars: 9 }];
    const sel = selectContent(blocks);
    expect(sel.hasContent).toBe(false);
    expect(sel.kept.map((b) => b.text)).toEqual(['Short note']);
    expect(selectContent(blocks, { keepAllWithoutContent: false }).kept).toEqual([]);
  });

  it('drops link-dense blocks even between content blocks', () => {
    const blocks: Block[] = [
      { text: para('gas'), linkChars: 0 },
      { text: 'Related: Gas deal signed; Pipeline opens', linkChars: 30 },
      { text: para('oil'), linkChars: 0 },
    ];
    expect(selectContent(blocks).kept.map((b) => b.text)).toEqual([para('gas'), para('oil')]);
  });

  it('leaves the edges alone when told the text continues (a part of a split file)', () => {
    const blocks = splitTextBlocks(page('Find a job!', para('gas'), 'Join the list'));
    expect(selectContent(blocks, { start: false, end: false }).kept).toHaveLength(3);
    expect(selectContent(blocks, { start: false, end: true }).kept.map((b) => b.text)).toEqual(['Find a job!', para('gas')]);
  });
});
