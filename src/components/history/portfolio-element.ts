/**
 * <pf-portfolio>: switches the server-rendered portfolio table on. Each column header gets a sort
 * button (aria-sort says which column and which way), the filters above the table show, and the
 * status line announces how many units are shown; the totals above the table (units, engineers,
 * money) count the rows shown. The table stays the same table: rows are only reordered and hidden,
 * so without JavaScript nothing is lost, and the totals are the whole portfolio's.
 */
import type { Recommendation } from '#src/engine/framework/schema.ts';
import { portfolioSummary, type SummaryRow } from '#src/engine/history/portfolio.ts';
import { portfolioSummaryItems } from '#src/render/portfolio-summary.ts';

type Direction = 'ascending' | 'descending';

/** What the totals count of a row, from the data-* attributes the build wrote on it. */
function summaryRow(row: HTMLTableRowElement, org: number): SummaryRow {
  const d = row.dataset;
  return {
    organization: row.cells[org]?.textContent?.trim() ?? '',
    organizationKey: d.organization ?? '',
    assessments: Number(d.assessments),
    recommendation: d.recommendation as Recommendation,
    daysOverdue: Number(d.daysOverdue),
    taxFte: Number(d.taxFte),
    taxMoney: d.taxMoney === undefined ? null : Number(d.taxMoney),
    currency: d.currency ?? null,
  };
}

class PfPortfolio extends HTMLElement {
  #body!: HTMLTableSectionElement;
  #headers: HTMLTableCellElement[] = [];
  #rows: HTMLTableRowElement[] = [];
  #status: HTMLElement | null = null;
  #form: HTMLFormElement | null = null;

  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table?.tBodies[0] || !table.tHead) return;
    this.#body = table.tBodies[0];
    this.#rows = [...this.#body.rows];
    this.#headers = [...table.tHead.rows[0]!.cells];
    this.#status = this.querySelector('[role="status"]');
    this.#form = this.querySelector('form');
    for (const [index, th] of this.#headers.entries()) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pf-sort';
      button.append(...th.childNodes);
      button.addEventListener('click', () => this.#sort(index));
      th.append(button);
    }
    if (this.#form) {
      this.#form.classList.add('pf-on');
      this.#form.addEventListener('input', () => this.#filter());
      this.#form.addEventListener('submit', (e) => e.preventDefault());
    }
  }

  #column(filter: string): number {
    return this.#headers.findIndex((th) => th.dataset.filter === filter);
  }

  #sort(index: number): void {
    const th = this.#headers[index]!;
    const direction: Direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (const other of this.#headers) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    const numeric = th.dataset.type === 'number';
    const key = (row: HTMLTableRowElement): string | number => {
      const text = row.cells[index]?.textContent?.trim() ?? '';
      return numeric ? Number.parseFloat(text.replace(/,/g, '')) : text;
    };
    const keyed = this.#rows.map((row, order) => ({ row, order, key: key(row) }));
    const sign = direction === 'ascending' ? 1 : -1;
    keyed.sort((a, b) => {
      // Cells with no number (no cost given, a first review) go last either way.
      const aMissing = typeof a.key === 'number' && Number.isNaN(a.key);
      const bMissing = typeof b.key === 'number' && Number.isNaN(b.key);
      if (aMissing || bMissing) return aMissing === bMissing ? a.order - b.order : aMissing ? 1 : -1;
      const by = typeof a.key === 'number' ? a.key - (b.key as number) : a.key.localeCompare(b.key as string);
      return sign * by || a.order - b.order;
    });
    this.#body.append(...keyed.map((k) => k.row));
    this.#announce();
  }

  #filter(): void {
    const field = (name: string) => this.#form?.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;
    const organization = field('organization')?.value ?? '';
    const recommendation = field('recommendation')?.value ?? '';
    const overdue = (field('overdue') as HTMLInputElement | null)?.checked ?? false;
    const [rec, due] = [this.#column('recommendation'), this.#column('overdue')];
    for (const row of this.#rows) {
      const text = (i: number) => row.cells[i]?.textContent?.trim() ?? '';
      row.hidden =
        // Organisations are compared by key (as check compares names), never by displayed text.
        (organization !== '' && row.dataset.organization !== organization) ||
        (recommendation !== '' && text(rec) !== recommendation) ||
        (overdue && !row.cells[due]?.classList.contains('pf-overdue'));
    }
    this.#total();
    this.#announce();
  }

  /** The totals above the table, over the rows shown, in the words the build used for all of them. */
  #total(): void {
    const list = this.querySelector<HTMLElement>('[data-part="summary"]');
    if (!list) return;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<Recommendation, string>;
    const org = this.#column('organization');
    const shown = this.#rows.filter((r) => !r.hidden).map((r) => summaryRow(r, org));
    list.innerHTML = portfolioSummaryItems(portfolioSummary(shown, Object.keys(labels) as Recommendation[]), labels).value;
  }

  #announce(): void {
    if (!this.#status) return;
    const shown = this.#rows.filter((r) => !r.hidden).length;
    const sorted = this.#headers.find((th) => th.hasAttribute('aria-sort'));
    const by = sorted ? `; sorted by ${sorted.textContent?.trim().toLowerCase()}, ${sorted.getAttribute('aria-sort')}` : '';
    this.#status.textContent = `Showing ${shown} of ${this.#rows.length} units${by}.`;
  }
}

customElements.define('pf-portfolio', PfPortfolio);
