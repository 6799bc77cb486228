import { afterEach, describe, expect, it } from 'vitest';
import { createStyleCache } from './style-cache';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function servePage() {
  document.body.innerHTML =
    '<div id="root"></div><style data-served-styles="abc def">.css-abc{color:red}</style>';
  return document.querySelector('style[data-served-styles]');
}

describe('createStyleCache', () => {
  it('takes over the served styles where they are: their names count as inserted, the element stays', () => {
    const served = servePage();
    const cache = createStyleCache();
    expect(cache.inserted).toMatchObject({ abc: true, def: true });
    expect(served?.parentElement).toBe(document.body);
    expect(served?.previousElementSibling?.id).toBe('root');
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('inserts later styles right after the served ones, in the body', () => {
    const served = servePage();
    document.body.insertAdjacentHTML('beforeend', '<p id="after"></p>');
    const cache = createStyleCache();
    cache.insert(
      '.css-xyz',
      { name: 'xyz', styles: 'color:blue;', next: undefined },
      cache.sheet,
      true,
    );
    const tags = [...document.body.querySelectorAll('style')];
    expect(tags).toHaveLength(2);
    expect(tags[0]).toBe(served);
    expect(tags[1]?.getAttribute('data-emotion')).toBe('css');
    expect(tags[1]?.nextElementSibling?.id).toBe('after');
    expect(cache.inserted.xyz).toBe(true);
  });

  it('is emotion’s plain cache in the head when the page was served no styles (dev server)', () => {
    const cache = createStyleCache();
    expect(cache.sheet.container).toBe(document.head);
    expect(cache.inserted).toEqual({});
  });
});
