import { api } from './client';

export interface PaymentView {
  id: number;
  invoiceId: string;
  amount: number;
  receivedOn: string;
  recordedBy: string;
  recordedAt: string;
}

/** An invoice with its payments and what is still owed (GET /api/engagements/{id}/invoices). */
export interface InvoiceView {
  id: string;
  engagementId: string;
  number: string;
  amount: number;
  currency: string;
  issuedOn: string;
  dueOn: string;
  paid: number;
  outstanding: number;
  paidOn: string | null;
  overdue: boolean;
  createdBy: string;
  createdAt: string;
  payments: PaymentView[];
}

export interface NewInvoice {
  number: string;
  amount: number | null;
  currency?: string;
  issuedOn?: string;
  dueOn: string;
}

/** The invoice after a payment, and what became of the payment_received signal (null while money is owed). */
export interface PaymentRecorded {
  invoice: InvoiceView;
  payment: PaymentView;
  signal: string | null;
}

export const paymentsApi = {
  invoices: (engagementId: string) => api.get<InvoiceView[]>(`/api/engagements/${engagementId}/invoices`),
  recordInvoice: (engagementId: string, invoice: NewInvoice) => api.post<InvoiceView>(`/api/engagements/${engagementId}/invoices`, invoice),
  recordPayment: (invoiceId: string, amount: number | null, receivedOn: string) =>
    api.post<PaymentRecorded>(`/api/invoices/${invoiceId}/payments`, { amount, receivedOn }),
};
