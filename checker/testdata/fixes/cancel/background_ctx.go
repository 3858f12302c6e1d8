// want: fail
// The fetches' context is made from context.Background(), "so that the
// first error can cancel it": but then the caller's cancellation never
// reaches the fetches, nor do the caller's values.
package cancel

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, gctx := errgroup.WithContext(context.Background())
	values := make([]string, len(keys))
	for i, key := range keys {
		g.Go(func() error {
			value, err := fetch(gctx, key)
			values[i] = value
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return values, nil
}
