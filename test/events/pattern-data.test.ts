import { describe, expect, it } from 'vitest';
import { pipelineCoder } from './pipeline-coder.js';

// Event patterns added from probes of our own wire copy (session 5), through the real actor and
// time stages. Sentences are written for these tests.
describe('pattern data through the default pipeline', () => {
  const { code } = pipelineCoder('2021-01-01');

  it('sending weapons or military equipment is military aid (072)', () => {
    expect(code('Turkey sent armed drones to Baku during the fighting.')).toEqual(['TUR>AZEGOV 072']);
    expect(code('Russia shipped military equipment to Bamako last month.')).toEqual(['RUS>MLIGOV 072']);
  });
  it('missiles or drones launched at someone, also in a list, are an attack (194)', () => {
    expect(code('Hezbollah fired rockets and drones at northern Israel.')).toEqual(['LBNREB>ISR 194']);
  });
  it('deploying vehicles, soldiers or units is a show of force (150)', () => {
    expect(code('Russia deployed soldiers and armoured vehicles near the Ukrainian border.').map((e) => e.split(' ')[1])).toEqual(['150']);
  });
  it('a crowd storming an embassy riots against its state (145)', () => {
    expect(code('Protesters stormed the French embassy in Niamey.')).toEqual(['NERCVL>FRAGOV 145']);
  });
  it('punitive measures imposed on someone are sanctions (163)', () => {
    expect(code('The European Union imposed punitive measures on Belarus.').map((e) => e.split(' ')[1])).toEqual(['163']);
  });
  it('denying visas or entry to someone is a rejection (120)', () => {
    expect(code('Minsk denied visas to two Lithuanian reporters.')).toEqual(['BLRGOV>LTUMED 120']);
    expect(code('Hanoi refused entry to a group of Chinese officials.')).toEqual(['VNMGOV>CHNGOV 120']);
  });
  it('introducing visas for another state\'s people reduces relations (160), visa-free travel does not', () => {
    expect(code('Ankara reintroduced visas for Iranian citizens in 2012.').map((e) => e.split(' ')[1])).toEqual(['160']);
    expect(code('Ankara introduced visa-free travel for Iranian citizens in 2012.').map((e) => e.split(' ')[1])).not.toContain('160');
  });
  it('capturing a district, province, airport or island is occupying territory (192), taking part in the capital is not', () => {
    expect(code('Ethiopian troops captured the Zalambessa district of Eritrea.')).toEqual(['ETHMIL>ERI 192']);
    expect(code('Ugandan officials took part in a conference in the capital of Kenya.').map((e) => e.split(' ')[1])).not.toContain('192');
  });
  it('sending rescue teams or medics is humanitarian aid (073)', () => {
    expect(code('Greece sent rescue teams to Turkey after the earthquake.')).toEqual(['GRC>TUR 073']);
  });
  it('declining to withdraw, release or meet is refusing as with "refuse" (124, 1243, 125)', () => {
    expect(code('Uganda declined to withdraw its troops from South Sudan.').map((e) => e.split(' ')[1])).toEqual(['124']);
    expect(code('Iran declined to release the British tanker.').map((e) => e.split(' ')[1])).toEqual(['1243']);
  });
});
