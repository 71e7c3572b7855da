import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { FormField } from './formField';
import { FormFields } from './FormFields';

afterEach(cleanup);

const field = (name: string, type: string, extra: Partial<FormField> = {}): FormField => ({
  name,
  label: name.replace(/_/g, ' '),
  type,
  required: false,
  options: [],
  ...extra,
});

const everyType: FormField[] = [
  field('title', 'text', { required: true, minLength: 2, maxLength: 80 }),
  field('needs', 'multiline', { required: true, maxLength: 4000, help: 'What they want to achieve' }),
  field('reach', 'number', { min: 0, max: 100 }),
  field('people', 'integer'),
  field('budget', 'money', { min: 0 }),
  field('start', 'date'),
  field('meeting', 'datetime'),
  field('signed', 'boolean'),
  field('contact_email', 'email'),
  field('site', 'url'),
  field('phone', 'phone', { pattern: '\\+?[0-9 ]+' }),
  field('channel', 'choice', { options: ['email', 'phone'] }),
  field('services', 'multichoice', { options: ['seo', 'ads', 'social'] }),
  field('score', 'rating', { required: true }),
];

function renderForm(errors: Record<string, string[]> = {}, onChange = vi.fn()) {
  render(
    <FormFields
      idPrefix="t"
      fields={everyType}
      values={{ title: 'Spring', signed: true, services: ['ads'], channel: 'phone', score: '7' }}
      errors={errors}
      onChange={onChange}
    />,
  );
  return onChange;
}

describe('FormFields', () => {
  it('renders a labelled control of the right kind for every field type', () => {
    renderForm();
    const input = (label: string) => screen.getByLabelText(new RegExp(`^${label}`)) as HTMLInputElement;

    expect(input('title').type).toBe('text');
    expect(input('needs').tagName).toBe('TEXTAREA');
    expect(input('reach').type).toBe('number');
    expect(input('people').step).toBe('1');
    expect(input('budget').step).toBe('0.01');
    expect(input('start').type).toBe('date');
    expect(input('meeting').type).toBe('datetime-local');
    expect(input('signed').type).toBe('checkbox');
    expect(input('contact email').type).toBe('email');
    expect(input('site').type).toBe('url');
    expect(input('phone').type).toBe('tel');
    expect(input('channel').tagName).toBe('SELECT');
    const services = screen.getByRole('group', { name: /services/ });
    expect(within(services).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual(['seo', 'ads', 'social']);
    const score = screen.getByRole('group', { name: /score/ });
    expect(within(score).getAllByRole('radio')).toHaveLength(11);
  });

  it('shows the values it is given', () => {
    renderForm();
    expect((screen.getByLabelText(/^title/) as HTMLInputElement).value).toBe('Spring');
    expect((screen.getByLabelText(/^signed/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^channel/) as HTMLSelectElement).value).toBe('phone');
    expect((screen.getByLabelText('ads') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('7') as HTMLInputElement).checked).toBe(true);
  });

  it('marks required fields in the label and for assistive technology', () => {
    renderForm();
    expect(screen.getByText('title', { exact: false, selector: 'label' }).textContent).toContain('(required)');
    expect(screen.getByLabelText(/^title/).getAttribute('aria-required')).toBe('true');
    expect(screen.getByLabelText(/^reach/).getAttribute('aria-required')).toBeNull();
    expect(screen.getByRole('group', { name: /score/ }).textContent).toContain('(required)');
  });

  it('turns the rules into hints the control is described by', () => {
    renderForm();
    const description = (label: RegExp) => {
      const ids = screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
      return ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    };
    expect(description(/^title/)).toBe('2 to 80 characters');
    expect(description(/^needs/)).toBe('What they want to achieve · At most 4000 characters');
    expect(description(/^reach/)).toBe('0 to 100');
    expect(description(/^contact email/)).toBe('An email address');
    expect(description(/^phone/)).toBe('In the format \\+?[0-9 ]+');
  });

  it('shows the server errors next to their fields and marks them invalid', () => {
    renderForm({ needs: ['Wants and needs is required'], budget: ['budget must be at least 0'] });
    const needs = screen.getByLabelText(/^needs/);
    expect(needs.getAttribute('aria-invalid')).toBe('true');
    const errorId = needs.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(errorId)!.textContent).toBe('Wants and needs is required');
    expect(screen.getByText('budget must be at least 0').className).toBe('field-error');
    expect(screen.getByLabelText(/^title/).getAttribute('aria-invalid')).toBeNull();
  });

  it('reports changes by field name, with lists for multichoice and booleans for checkboxes', () => {
    const onChange = renderForm();
    fireEvent.change(screen.getByLabelText(/^title/), { target: { value: 'Summer' } });
    fireEvent.click(screen.getByLabelText('seo'));
    fireEvent.click(screen.getByLabelText(/^signed/));
    expect(onChange.mock.calls).toEqual([
      ['title', 'Summer'],
      ['services', ['ads', 'seo']],
      ['signed', false],
    ]);
  });

  it('edits a field of a type it does not know as text', () => {
    render(<FormFields idPrefix="u" fields={[field('mood', 'colour')]} values={{}} errors={{}} onChange={vi.fn()} />);
    expect((screen.getByLabelText('mood') as HTMLInputElement).type).toBe('text');
  });
});
