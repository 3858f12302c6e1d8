// want: pass
// WithCancel and defer cancel; a WaitGroup; the first error is kept in a sync.Once, which cancels after keeping it.
package cancel

import (
	"context"
	"sync"
)

func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	values := make([]string, len(keys))
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	for i, key := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := fetch(ctx, key)
			if err != nil {
				once.Do(func() {
					first = err
					cancel()
				})
				return
			}
			values[i] = v
		}()
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
