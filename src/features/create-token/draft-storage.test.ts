import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft } from './draft-storage';
import { aSidePortValues } from './test/wizard-test-values';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', { sessionStorage: storage });
});

describe('the wizard draft', () => {
  it('comes back as it was saved, per project', () => {
    const values = aSidePortValues({ name: 'Customer X' });
    saveDraft('project-1', values);
    expect(loadDraft('project-1')).toEqual(values);
    expect(loadDraft('project-2')).toBeUndefined();
  });

  it('is stored under the project key, as form values only', () => {
    saveDraft('project-1', aSidePortValues());
    const stored = JSON.parse(storage.getItem(draftKey('project-1')) ?? '{}');
    expect(draftKey('project-1')).toBe('fabric-portal.draft.project-1');
    expect(Object.keys(stored)).toEqual(['version', 'values']);
  });

  it('drops stored values that no longer fit their field, and ignores garbage', () => {
    storage.setItem(
      draftKey('p'),
      JSON.stringify({ version: 1, values: { side: 'X', vlanTag: '1399', emails: 'not-a-list' } }),
    );
    expect(loadDraft('p')).toEqual({ vlanTag: '1399' });
    storage.setItem(draftKey('p'), '{not json');
    expect(loadDraft('p')).toBeUndefined();
    storage.setItem(draftKey('p'), JSON.stringify({ version: 99, values: {} }));
    expect(loadDraft('p')).toBeUndefined();
  });

  it('keeps what fits when a field has gone from the form or a list holds a stranger', () => {
    storage.setItem(
      draftKey('p'),
      JSON.stringify({
        version: 1,
        values: { name: 'Kept', retired: 'x', emails: ['a@b.example', 7], portBandwidthCap: -1 },
      }),
    );
    expect(loadDraft('p')).toEqual({ name: 'Kept' });
  });

  it('is gone once cleared', () => {
    saveDraft('project-1', aSidePortValues());
    clearDraft('project-1');
    expect(loadDraft('project-1')).toBeUndefined();
  });

  it('does not break the form when storage is unavailable', () => {
    vi.stubGlobal('window', {
      get sessionStorage(): Storage {
        throw new Error('denied');
      },
    });
    expect(() => saveDraft('p', aSidePortValues())).not.toThrow();
    expect(loadDraft('p')).toBeUndefined();
  });
});
