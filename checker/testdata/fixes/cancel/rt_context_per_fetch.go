// want: pass
// Each fetch gets a context of its own, derived from ctx; the first error is kept under a mutex and then every fetch's context is cancelled in a loop; all are cancelled before FetchAll returns. (Written after reading the tests.)
package cancel

import (
	"context"
	"sync"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	values := make([]string, len(keys))
	cancels := make([]context.CancelFunc, len(keys))
	ctxs := make([]context.Context, len(keys))
	for i := range keys {
		ctxs[i], cancels[i] = context.WithCancel(ctx)
	}
	cancelAll := func() {
		for _, cancel := range cancels {
			cancel()
		}
	}
	defer cancelAll()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for i, key := range keys {
		wg.Go(func() {
			v, err := fetch(ctxs[i], key)
			if err == nil {
				values[i] = v
				return
			}
			mu.Lock()
			isFirst := first == nil
			if isFirst {
				first = err
			}
			mu.Unlock()
			if isFirst {
				cancelAll()
			}
		})
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
