// want: pass
// WithCancelCause: every failing fetch calls cancel(err), which keeps only the first cause, and FetchAll returns context.Cause: the first error, or the caller's own cause when the caller cancelled first.
package cancel

import (
	"context"
	"sync"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	values := make([]string, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			v, err := fetch(ctx, key)
			if err != nil {
				cancel(err) // only the first cause is kept
				return
			}
			values[i] = v
		})
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	return values, nil
}
