// want: fail
// Cancels the others at the first error and returns at once; a slot for
// every fetch means none is left blocked. But FetchAll returns while
// cancelled fetches are still running.
package cancel

import "context"

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
	results := make(chan result, len(keys))
	for i, key := range keys {
		go func() {
			value, err := fetch(ctx, key)
			results <- result{i, value, err}
		}()
	}
	values := make([]string, len(keys))
	for range keys {
		r := <-results
		if r.err != nil {
			return nil, r.err
		}
		values[r.i] = r.value
	}
	return values, nil
}
