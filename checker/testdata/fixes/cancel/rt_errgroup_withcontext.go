// want: pass
// errgroup.WithContext: one g.Go per key writing its own slot; g.Wait returns the first error after every fetch has returned.
package cancel

import (
	"context"

	"golang.org/x/sync/errgroup"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, ctx := errgroup.WithContext(ctx)
	values := make([]string, len(keys))
	for i, key := range keys {
		g.Go(func() error {
			v, err := fetch(ctx, key)
			values[i] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return values, nil
}
