// want: deadlock timeout fail leak
// Each goroutine's send selects on ctx.Done() too, but FetchAll waits for one result per key without watching ctx: after a cancel, a fetch whose send took the Done case never answers and FetchAll waits forever.
package cancel

import "context"

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		i     int
		value string
		err   error
	}
	results := make(chan result)
	for i, key := range keys {
		go func() {
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
		r := <-results
		if r.err != nil && first == nil {
			first = r.err
			cancel()
		}
		values[r.i] = r.value
	}
	if first != nil {
		return nil, first
	}
	return values, nil
}
