// want: fail
// To keep the first error, errors that are context.Canceled are ignored: when the caller cancels, every fetch fails with Canceled and FetchAll returns values and no error.
package cancel

import (
	"context"
	"errors"

	"golang.org/x/sync/errgroup"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	g, ctx := errgroup.WithContext(ctx)
	values := make([]string, len(keys))
	for i, key := range keys {
		g.Go(func() error {
			v, err := fetch(ctx, key)
			if errors.Is(err, context.Canceled) {
				return nil // somebody else failed first
			}
			values[i] = v
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return values, nil
}
