/**
 * What the editor tells the person under its bar: errors and news, each until dismissed, some
 * with lines of detail and actions. The same words again replace the older notice, so a
 * repeated failure shows once, last.
 */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  lines?: string[];
  actions?: { label: string; run: () => void }[];
}

export class Notices {
  list = $state<Notice[]>([]);
  #lastId = 0;

  notify(kind: Notice['kind'], text: string, extra: Partial<Notice> = {}): void {
    this.list = [
      ...this.list.filter((notice) => notice.text !== text),
      { id: ++this.#lastId, kind, text, ...extra },
    ];
  }

  dismiss(id: number): void {
    this.list = this.list.filter((notice) => notice.id !== id);
  }
}
