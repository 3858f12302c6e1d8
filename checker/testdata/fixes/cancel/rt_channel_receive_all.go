// want: pass
// Keep the unbuffered channel: receive one result per key, remember the first error and cancel then, and go on receiving until all have answered.
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
			results <- result{i, value, err}
		}()
	}
	values := make([]string, len(keys))
	var first error
	for range keys {
		r := <-results
		if r.err != nil {
			if first == nil {
				first = r.err
				cancel()
			}
			continue
		}
		values[r.i] = r.value
	}
	if first != nil {
		return nil, first
	}
	return values, nil
}
