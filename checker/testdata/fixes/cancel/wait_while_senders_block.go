// want: deadlock
// Cancels at the first error and waits for every goroutine with a
// WaitGroup before returning, but stops receiving first: the goroutines
// are blocked on their sends, so the WaitGroup never reaches zero.
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
	type result struct {
		i     int
		value string
		err   error
	}
	results := make(chan result)
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			value, err := fetch(ctx, key)
			results <- result{i, value, err}
		})
	}
	values := make([]string, len(keys))
	for range keys {
		r := <-results
		if r.err != nil {
			cancel()
			wg.Wait() // let every fetch finish first
			return nil, r.err
		}
		values[r.i] = r.value
	}
	wg.Wait()
	return values, nil
}
