// want: fail
// Every fetch keeps its error in its own slot and any failure cancels; after Wait FetchAll returns the error with the lowest index, which is often a context.Canceled, not the first failure.
package cancel

import (
	"context"
	"sync"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		wg.Go(func() {
			values[i], errs[i] = fetch(ctx, key)
			if errs[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return values, nil
}
