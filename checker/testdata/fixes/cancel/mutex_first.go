// want: pass
// context.WithCancel, a WaitGroup, and the first error kept under a mutex,
// then the cancel.
package cancel

import (
	"context"
	"sync"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for i, key := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			value, err := fetch(ctx, key)
			if err != nil {
				mu.Lock()
				if first == nil {
					first = err
					cancel()
				}
				mu.Unlock()
				return
			}
			values[i] = value
		}()
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
