import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { paymentsApi, type InvoiceView } from '../../api/payments';
import { ApiError } from '../../api/problem';

interface Props {
  engagementId: string;
  mayRecord: boolean;
  /** Called after a payment, since settling the last invoice moves the engagement on (payment_received). */
  onPaid: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);
const money = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);

/** The server's field errors by name, and its message for the rest. */
function problemOf(e: unknown): { message: string; fields: Record<string, string[]> } {
  if (e instanceof ApiError) return { message: e.problem.detail ?? e.problem.title, fields: e.problem.errors ?? {} };
  return { message: 'The server could not be reached.', fields: {} };
}

/** Invoices issued to the client and the payments received against them; recording them drives revenue KPIs. */
export function Invoices({ engagementId, mayRecord, onPaid }: Props) {
  const [invoices, setInvoices] = useState<InvoiceView[] | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);
  const [draft, setDraft] = useState({ number: '', amount: '', dueOn: '' });
  const [paying, setPaying] = useState<Record<string, string>>({});

  const load = useCallback(() => {
    paymentsApi.invoices(engagementId).then(setInvoices, (e: unknown) => setError(problemOf(e)));
  }, [engagementId]);
  useEffect(load, [load]);

  async function addInvoice(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await paymentsApi.recordInvoice(engagementId, {
        number: draft.number,
        amount: draft.amount === '' ? null : Number(draft.amount),
        dueOn: draft.dueOn,
      });
      setDraft({ number: '', amount: '', dueOn: '' });
      load();
    } catch (e) {
      setError(problemOf(e));
    }
  }

  async function pay(invoice: InvoiceView) {
    setError(null);
    const amount = paying[invoice.id] ?? String(invoice.outstanding);
    try {
      await paymentsApi.recordPayment(invoice.id, amount === '' ? null : Number(amount), today());
      setPaying((p) => ({ ...p, [invoice.id]: '' }));
      load();
      onPaid();
    } catch (e) {
      setError(problemOf(e));
    }
  }

  const fieldError = (name: string) =>
    error?.fields[name]?.map((m) => <span key={m} className="field-error">{m}</span>);

  if (invoices === null && !error) return <p className="muted">Loading…</p>;
  return (
    <>
      {error && <p role="alert" className="error">{error.message}</p>}
      {invoices && invoices.length === 0 && <p className="muted">No invoices yet.</p>}
      {invoices && invoices.length > 0 && (
        <table className="invoices">
          <thead>
            <tr><th scope="col">Invoice</th><th scope="col">Amount</th><th scope="col">Due</th><th scope="col">Owed</th>{mayRecord && <th scope="col">Payment</th>}</tr>
          </thead>
          <tbody>
            {invoices.map((i) => (
              <tr key={i.id} className={i.overdue ? 'overdue' : undefined}>
                <th scope="row">{i.number}</th>
                <td>{money(i.amount, i.currency)}</td>
                <td>{i.dueOn}{i.overdue && <span className="badge danger"> overdue</span>}</td>
                <td>{i.outstanding > 0 ? money(i.outstanding, i.currency) : `paid ${i.paidOn ?? ''}`}</td>
                {mayRecord && (
                  <td>
                    {i.outstanding > 0 && (
                      <span className="invoice-pay">
                        <input
                          aria-label={`Amount received for ${i.number}`}
                          type="number" min="0" step="0.01" size={8}
                          value={paying[i.id] ?? String(i.outstanding)}
                          onChange={(e) => setPaying((p) => ({ ...p, [i.id]: e.target.value }))}
                        />
                        <button type="button" onClick={() => void pay(i)}>Record payment</button>
                      </span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayRecord && (
        <form className="invoice-form" onSubmit={addInvoice} aria-label="New invoice">
          <div><label>Invoice number<input value={draft.number} onChange={(e) => setDraft({ ...draft, number: e.target.value })} /></label>{fieldError('number')}</div>
          <div><label>Amount<input type="number" min="0" step="0.01" value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.target.value })} /></label>{fieldError('amount')}</div>
          <div><label>Due on<input type="date" value={draft.dueOn} onChange={(e) => setDraft({ ...draft, dueOn: e.target.value })} /></label>{fieldError('dueOn')}</div>
          <button type="submit">Record invoice</button>
        </form>
      )}
    </>
  );
}
