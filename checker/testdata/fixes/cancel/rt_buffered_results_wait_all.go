// want: pass
// Results go on a channel with room for all of them, so no send can block; FetchAll still receives all of them, cancelling at the first error.
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
	results := make(chan result, len(keys))
	for i, key := range keys {
		go func() {
			value, err := fetch(ctx, key)
			results <- result{i, value, err}
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
