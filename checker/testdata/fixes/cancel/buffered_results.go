// want: pass
// A results channel with a slot for every fetch, so no send ever waits;
// FetchAll still receives all of them, which is how it knows every fetch
// has returned.
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
	var first error
	for range keys {
		r := <-results
		switch {
		case r.err != nil && first == nil:
			first = r.err
			cancel()
		case r.err == nil:
			values[r.i] = r.value
		}
	}
	if first != nil {
		return nil, first
	}
	return values, nil
}
