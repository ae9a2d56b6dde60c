// jsdom lacks the layout APIs Fluent UI's positioning and motion code touch; these stand-ins make them no-ops.
import '@testing-library/jest-dom';

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class NoopResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoopResizeObserver;
    (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = NoopResizeObserver;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
  // Fluent's Overflow (the pane's tab row) measures the row's clientWidth and each tab's offsetWidth; jsdom lays
  // nothing out and says 0, which would put every tab in the "More" menu. A crude text layout stands in: 6 px per
  // character of visible text plus 16 px of padding, in a row as wide as the window less the pane's 24 px of
  // padding. Fluent's hidden copy of a tab label (reserving its bold width) is not counted twice.
  const visibleText = (element: Element): string =>
    Array.from(element.childNodes, (node) =>
      node.nodeType === 3 ? (node.textContent ?? '') : node instanceof Element && !node.className.toString().includes('reserved-space') ? visibleText(node) : '',
    ).join('');
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return visibleText(this).length * 6 + 16;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      return window.innerWidth - 24;
    },
  });
}

// jest's jsdom environment hides Node's structuredClone; the engine's settings are plain JSON data, so this is exact.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = (<T>(value: T): T => JSON.parse(JSON.stringify(value)) as T) as typeof structuredClone;
}
