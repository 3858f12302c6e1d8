// want: fail timeout deadlock
// The fetches run one after another in FetchAll's goroutine, stopping at the first error: nothing can leak, but they do not run at the same time.
package cancel

import "context"

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	for i, key := range keys {
		v, err := fetch(ctx, key)
		if err != nil {
			return nil, err
		}
		values[i] = v
	}
	return values, nil
}
