import type { Network } from './types.js';

const escapeXml = (s: string): string =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // Characters XML 1.0 forbids would make the file unreadable.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** The network as GEXF 1.3 (Gephi's format): a directed graph with event counts as edge weights. */
export function toGexf(net: Network, description = 'Dyad actor network'): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Dyad</creator><description>${escapeXml(description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node"><attribute id="country" title="country" type="string"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="goldstein" title="mean goldstein" type="double"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    out.push(`      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues>` +
      `<attvalue for="country" value="${escapeXml(n.country ?? '')}"/><attvalue for="events" value="${n.events}"/></attvalues></node>`);
  }
  out.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    out.push(`      <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${e.events}"><attvalues>` +
      `<attvalue for="goldstein" value="${e.meanGoldstein ?? 0}"/><attvalue for="events" value="${e.events}"/></attvalues></edge>`);
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
