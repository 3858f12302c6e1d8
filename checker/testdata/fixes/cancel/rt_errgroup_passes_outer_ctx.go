// want: fail leak timeout
// errgroup.WithContext, but each fetch is given the caller's ctx instead of the group's: the first error cancels a context no fetch watches.
package cancel

import (
	"context"

	"golang.org/x/sync/errgroup"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, _ := errgroup.WithContext(ctx)
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
