// want: fail
// errgroup.WithContext, but when Wait returns an error it returns the group context's Err(), context.Canceled, instead of that first error.
package cancel

import (
	"context"

	"golang.org/x/sync/errgroup"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, gctx := errgroup.WithContext(ctx)
	values := make([]string, len(keys))
	for i, key := range keys {
		g.Go(func() error {
			v, err := fetch(gctx, key)
			values[i] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, gctx.Err() // the group was cancelled
	}
	return values, nil
}
