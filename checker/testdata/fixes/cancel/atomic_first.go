// want: pass
// The first error is the one whose CompareAndSwap on an atomic.Pointer
// wins; that goroutine cancels. A WaitGroup waits for everyone.
package cancel

import (
	"context"
	"sync"
	"sync/atomic"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	var first atomic.Pointer[error]
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			value, err := fetch(ctx, key)
			if err != nil {
				if first.CompareAndSwap(nil, &err) {
					cancel()
				}
				return
			}
			values[i] = value
		})
	}
	wg.Wait()
	if p := first.Load(); p != nil {
		return nil, *p
	}
	return values, nil
}
