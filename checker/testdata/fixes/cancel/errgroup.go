// want: pass
// errgroup.WithContext: the group cancels its context at the first error,
// Wait waits for every function and returns that first error.
package cancel

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, ctx := errgroup.WithContext(ctx)
	values := make([]string, len(keys))
	for i, key := range keys {
		g.Go(func() error {
			value, err := fetch(ctx, key)
			values[i] = value
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return values, nil
}
