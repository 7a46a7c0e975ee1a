// Calls `fn` at most once per `ms`: the first call runs at once, calls within the next `ms` are
// folded into one trailing call at the end of the window. `flush()` runs a pending call now,
// `cancel()` drops it.

export interface Throttled {
  (): void;
  flush: () => void;
  cancel: () => void;
}

export function throttle(fn: () => void, ms: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const open = () => {
    timer = setTimeout(() => {
      timer = null;
      if (pending) {
        pending = false;
        fn();
        open();
      }
    }, ms);
  };
  const call = () => {
    if (timer === null) {
      fn();
      open();
    } else pending = true;
  };
  call.flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending) {
      pending = false;
      fn();
    }
  };
  call.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = false;
  };
  return call;
}
