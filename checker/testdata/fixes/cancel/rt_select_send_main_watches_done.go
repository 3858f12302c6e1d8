// want: pass
// Each goroutine sends in a select that also waits on ctx.Done(); FetchAll receives until the first error or until ctx is done, then cancels and waits for all with a WaitGroup, and reports the first error (the caller's ctx.Err() when a send gave up on it).
package cancel

import (
	"context"
	"sync"
)

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
		wg.Add(1)
		go func() {
			defer wg.Done()
			value, err := fetch(ctx, key)
			select {
			case results <- result{i, value, err}:
			case <-ctx.Done():
			}
		}()
	}
	values := make([]string, len(keys))
	var first error
	for range keys {
		select {
		case r := <-results:
			if r.err != nil {
				first = r.err
			} else {
				values[r.i] = r.value
				continue
			}
		case <-ctx.Done():
			first = ctx.Err()
		}
		break
	}
	cancel()
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
