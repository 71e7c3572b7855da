import type { FormField } from './formField';
import { initialValues, toSubmission } from './values';

const f = (name: string, type: string): FormField => ({ name, label: name, type, required: false, options: [] });
const fields = [f('needs', 'multiline'), f('budget', 'money'), f('signed', 'boolean'), f('services', 'multichoice'), f('start', 'date'), f('people', 'integer')];

describe('form values', () => {
  it('start from the prefilled values, else the defaults, else empty', () => {
    const withDefault = { ...f('people', 'integer'), default: 3 };
    expect(initialValues([...fields.slice(0, 5), withDefault], { needs: 'SEO', budget: 1200, services: ['ads'] })).toEqual({
      needs: 'SEO',
      budget: '1200',
      signed: false,
      services: ['ads'],
      start: '',
      people: '3',
    });
  });

  it('submit empty fields as null, numbers as numbers and what does not read as a number as typed', () => {
    expect(toSubmission(fields, { needs: '  ', budget: '1200.50', signed: true, services: [], start: '2026-03-01', people: 'many' })).toEqual({
      needs: null,
      budget: 1200.5,
      signed: true,
      services: null,
      start: '2026-03-01',
      people: 'many',
    });
  });

  it('submit a local date and time as a UTC instant', () => {
    const local = '2026-03-01T09:30';
    expect(toSubmission([f('meeting', 'datetime')], { meeting: local })).toEqual({ meeting: new Date(local).toISOString() });
  });

  it('round-trip a stored instant through the datetime input', () => {
    const stored = new Date(2026, 2, 1, 9, 30).toISOString();
    const state = initialValues([f('meeting', 'datetime')], { meeting: stored });
    expect(toSubmission([f('meeting', 'datetime')], state)).toEqual({ meeting: stored });
  });
});
