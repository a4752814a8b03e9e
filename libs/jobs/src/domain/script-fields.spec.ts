import { firstScriptField } from './script-fields';

describe('firstScriptField', () => {
  it.each([
    [{}, undefined],
    [{ scriptPath: '/opt/pre.sh' }, 'scriptPath'],
    [{ scriptRun: 'before' }, 'scriptRun'],
    [{ scriptPath: null, scriptRun: null }, undefined],
    [{ individual: [{}, { scriptRun: 'after' }] }, 'individual[1].scriptRun'],
    [{ scriptPath: 'x', individual: [{ scriptPath: 'y' }] }, 'scriptPath'],
    [{ individual: [{ scriptPath: null }] }, undefined],
  ])('%j → %p', (body, field) => {
    expect(firstScriptField(body)).toBe(field);
  });
});
