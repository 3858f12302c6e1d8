// want: pass
// Each goroutine sends its result in a select that also watches the
// context, so once FetchAll stops receiving (at the first error, after
// cancelling) nobody blocks; a WaitGroup then waits for them all.
package cancel

import (
	"context"
	"sync"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
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
			select {
			case results <- result{i, value, err}:
			case <-ctx.Done():
			}
		})
	}
	values := make([]string, len(keys))
	var first error
receive:
	for range keys {
		select {
		case r := <-results:
			if r.err != nil {
				first = r.err
				cancel(r.err)
				break receive
			}
			values[r.i] = r.value
		case <-ctx.Done(): // the caller cancelled
			first = context.Cause(ctx)
			break receive
		}
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
