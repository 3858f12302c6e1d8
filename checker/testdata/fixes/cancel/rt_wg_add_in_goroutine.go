// want: fail leak race panic
// wg.Add(1) is called inside each goroutine: wg.Wait can return before the fetches have been counted, leaving them running.
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
		go func() {
			wg.Add(1)
			defer wg.Done()
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
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if first != nil {
		return nil, first
	}
	return values, nil
}
