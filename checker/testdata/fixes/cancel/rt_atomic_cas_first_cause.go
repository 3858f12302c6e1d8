// want: pass
// WithCancelCause; the first error is claimed with an atomic.Pointer CompareAndSwap and then passed to cancel; an atomic countdown closes a done channel that FetchAll waits on.
package cancel

import (
	"context"
	"sync/atomic"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	values := make([]string, len(keys))
	var first atomic.Pointer[error]
	var remaining atomic.Int64
	remaining.Store(int64(len(keys)))
	done := make(chan struct{})
	if len(keys) == 0 {
		close(done)
	}
	for i, key := range keys {
		go func() {
			defer func() {
				if remaining.Add(-1) == 0 {
					close(done)
				}
			}()
			v, err := fetch(ctx, key)
			if err != nil {
				if first.CompareAndSwap(nil, &err) {
					cancel(err)
				}
				return
			}
			values[i] = v
		}()
	}
	<-done
	if p := first.Load(); p != nil {
		return nil, *p
	}
	return values, nil
}
