// want: fail
// Cancels at the first error and waits for everyone, but every error
// overwrites the one before: FetchAll returns the last error, often a
// cancelled fetch's, not the first.
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
	var failed error
	for i, key := range keys {
		wg.Go(func() {
			value, err := fetch(ctx, key)
			if err != nil {
				mu.Lock()
				failed = err
				mu.Unlock()
				cancel()
				return
			}
			values[i] = value
		})
	}
	wg.Wait()
	if failed != nil {
		return nil, failed
	}
	return values, nil
}
