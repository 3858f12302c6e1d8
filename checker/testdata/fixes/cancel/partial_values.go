// want: fail
// errgroup, right in every way but one: on error it returns the values the
// successful fetches got, with the error, instead of nil.
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
	err := g.Wait()
	return values, err
}
