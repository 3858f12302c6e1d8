// want: pass
// A mutex guards the first error (kept before cancel, cancel called under the mutex); wg.Go starts the fetches; values are returned only when no fetch failed.
package cancel

import (
	"context"
	"sync"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for i, key := range keys {
		wg.Go(func() {
			v, err := fetch(ctx, key)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if first == nil {
					first = err
					cancel()
				}
				return
			}
			values[i] = v
		})
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
