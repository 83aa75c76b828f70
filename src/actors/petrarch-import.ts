import { slug } from './draft.js';
import type { AgentRecord, DictionaryRecord, EntityRecord, RoleSpec } from './types.js';

/** An actor entry of a PETRARCH/TABARI .actors file: its phrases and dated codes. */
export interface PetrarchActor {
  readonly names: string[];
  readonly roles: RoleSpec[];
  readonly line: number;
}

/** An agent entry of a .agents file: phrases and the code they add (`[~GOV]` after, `[IGO~]` before). */
export interface PetrarchAgent {
  readonly names: string[];
  readonly code: string;
  readonly line: number;
}

export interface PetrarchResult {
  readonly actors: PetrarchActor[];
  readonly agents: PetrarchAgent[];
  readonly errors: { line: number; message: string }[];
}

const CODE_BLOCK = /\[([^\]]*)\]/g;

/**
 * Which one-word all-capital names are acronyms (match letter for letter): dotted ("U.N."),
 * up to three letters ("UN") or without vowels ("NTV"). "NATO" or "PUTIN" become names.
 */
const isAcronym = (name: string): boolean => /^[A-Z.]+$/.test(name) && (name.includes('.') || name.length <= 3 || !/[AEIOU]/.test(name));

/** TABARI dates are YYMMDD (two-digit years pivot at 30) or YYYYMMDD. */
function isoDate(raw: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(raw)) [y, rest] = [Number(raw.slice(0, 4)), raw.slice(4)];
  else if (/^\d{6}$/.test(raw)) {
    const yy = Number(raw.slice(0, 2));
    [y, rest] = [yy <= 30 ? 2000 + yy : 1900 + yy, raw.slice(2)];
  } else return null;
  const mm = rest.slice(0, 2) === '00' ? '01' : rest.slice(0, 2);
  const dd = rest.slice(2, 4) === '00' ? '01' : rest.slice(2, 4);
  return `${y}-${mm}-${dd}`;
}

function parseRole(block: string): RoleSpec | string {
  const [code, dates] = block.trim().split(/\s+/, 2);
  if (!code || !/^[A-Z~-]+$/.test(code)) return `bad code "${block}"`;
  if (!dates) return { code };
  const m = /^([<>])?(\d+)(?:-(\d+))?$/.exec(dates);
  if (!m) return `bad date restriction "${dates}"`;
  const a = isoDate(m[2]);
  const b = m[3] ? isoDate(m[3]) : null;
  if (a === null || (m[3] && b === null)) return `bad date "${dates}"`;
  if (m[1] === '<') return { code, to: a };
  if (m[1] === '>') return { code, from: a };
  return b ? { code, from: a, to: b } : { code, from: a, to: a };
}

/** "HEYDAR_ALIYEV_" -> "Heydar Aliyev" (underscores are spaces; a trailing one marks a whole word). */
function phrase(raw: string): string {
  return raw
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w, _i, all) => (all.length === 1 && isAcronym(w) ? w : w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ')
    .trim();
}

/** Expands `!MACRO!` substitutions in an agent phrase. */
function expand(raw: string, macros: Map<string, string[]>): string[] {
  const m = /!([A-Z]+)!/.exec(raw);
  if (!m) return [raw];
  const subs = macros.get(m[1]) ?? [];
  return subs.flatMap((s) => expand(raw.replace(m[0], s), macros));
}

/** Parses a PETRARCH/TABARI .actors or .agents file; problems are collected with line numbers. */
export function parsePetrarch(text: string): PetrarchResult {
  const res: PetrarchResult = { actors: [], agents: [], errors: [] };
  const macros = new Map<string, string[]>();
  let current: PetrarchActor | null = null;
  text.split('\n').forEach((rawLine, n) => {
    const line = rawLine.replace(/#.*$/, '').replace(/\s+$/, '');
    const lineNo = n + 1;
    if (line.trim() === '') return;
    const macro = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line.trim());
    if (macro) {
      macros.set(macro[1], macro[2].split(',').map((s) => s.trim()).filter(Boolean));
      return;
    }
    if (line.startsWith('+')) {
      if (current) current.names.push(phrase(line.slice(1).trim().split(/\s+/)[0]));
      else res.errors.push({ line: lineNo, message: 'synonym before any actor' });
      return;
    }
    const blocks = [...line.matchAll(CODE_BLOCK)].map((m) => m[1]);
    if (/^\s/.test(line)) {
      if (!current) return void res.errors.push({ line: lineNo, message: 'code line before any actor' });
      for (const b of blocks) addRole(current, b, lineNo, res);
      return;
    }
    const head = line.replace(CODE_BLOCK, '').replace(/\{[^}]*\}/g, '').trim();
    const agentCode = blocks.find((b) => b.includes('~'));
    if (agentCode !== undefined) {
      const names = expand(head.split(/\s+/)[0], macros).map(phrase).filter(Boolean);
      const plurals = (/\{([^}]*)\}/.exec(line)?.[1] ?? '').split(/\s+/).filter(Boolean).map(phrase);
      res.agents.push({ names: [...names, ...plurals], code: agentCode.trim(), line: lineNo });
      current = null;
      return;
    }
    current = { names: [phrase(head.split(/\s{2,}|\t/)[0])].filter(Boolean), roles: [], line: lineNo };
    res.actors.push(current);
    for (const b of blocks) addRole(current, b, lineNo, res);
  });
  return res;
}

function addRole(actor: PetrarchActor, block: string, line: number, res: PetrarchResult): void {
  const r = parseRole(block);
  if (typeof r === 'string') res.errors.push({ line, message: r });
  else if (r.code !== '---') actor.roles.push(r);
}

/** Converts parsed PETRARCH entries to our dictionary records (docs/formats/actor-dictionary.md). */
export function petrarchToRecords(res: PetrarchResult, prefix = 'petrarch'): DictionaryRecord[] {
  const out: DictionaryRecord[] = [];
  const seen = new Set<string>();
  for (const a of res.actors) {
    const rec = actorRecord(a, prefix);
    if (rec === null || seen.has(rec.id)) continue;
    seen.add(rec.id);
    out.push(rec);
  }
  for (const g of res.agents) {
    const code = g.code.replace('~', '');
    if (code.length < 3 || g.names.length === 0) continue;
    const rec: AgentRecord = { kind: 'agent', names: g.names.map((n) => n.toLowerCase()), sector: code.slice(0, 3) };
    out.push(rec);
  }
  return out;
}

/** CAMEO role codes that name no state on their own (an undated "[ELI]" says only "an elite"). */
const SECTOR_ONLY = /^(ELI|GOV|MIL|OPP|REB|BUS|CVL|COP|JUD|LEG|MED|EDU|REL|IGO|NGO|UAF|SPY|LAB|AGR|HRI|REF|CRM|HLH|ENV|DEV|PTY|INS|SEP)$/;


function actorRecord(a: PetrarchActor, prefix: string): EntityRecord | null {
  if (a.names.length === 0 || a.roles.length === 0) return null;
  const undated = a.roles.filter((r) => !r.from && !r.to && !SECTOR_ONLY.test(r.code));
  const dated = a.roles.filter((r) => r.from || r.to);
  const primary = dated.find((r) => /^[A-Z]{3}GOV/.test(r.code)) ?? undated[0] ?? dated[dated.length - 1];
  if (primary === undefined) return null;
  const code = primary.code;
  const igo = code.startsWith('IGO');
  const type = dated.length > 0 ? 'person' : igo ? 'organization' : code.length === 3 ? 'country' : 'organization';
  const exact = a.names.filter(isAcronym);
  const words = a.names.filter((n) => !isAcronym(n));
  const name = words[0] ?? exact[0];
  const rest = words.slice(1);
  return {
    kind: 'entity',
    id: `${prefix}:${slug(name)}`,
    type,
    name,
    code,
    country: igo || code.startsWith('NGO') ? null : code.slice(0, 3),
    ...(rest.length ? { names: rest } : {}),
    ...(exact.length ? { exact } : {}),
    ...(dated.length ? { roles: dated } : {}),
  };
}
