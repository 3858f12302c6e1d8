// want: pass
// The shipped channel kept, but FetchAll receives from every fetch: it
// remembers the first error, cancels the others then, and goes on
// receiving, so no send is left waiting.
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
