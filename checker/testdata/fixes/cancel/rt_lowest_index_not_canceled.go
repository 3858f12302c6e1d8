// want: fail
// Errors are kept per slot; FetchAll returns the lowest-index error that is not context.Canceled (else the first Canceled): by index, not by time, so a later error of an earlier key replaces the first one.
package cancel

import (
	"context"
	"errors"
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
	var canceled error
	for _, err := range errs {
		if err == nil {
			continue
		}
		if errors.Is(err, context.Canceled) {
			if canceled == nil {
				canceled = err
			}
			continue
		}
		return nil, err
	}
	if canceled != nil {
		return nil, canceled
	}
	return values, nil
}
