// want: fail
// Cancels the context at the first error, and only then: when every fetch
// succeeds, the context it gave them is never cancelled, and whatever a
// fetch left running on it runs on.
package cancel

import (
	"context"
	"sync"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. The first error cancels the others and is returned.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	values := make([]string, len(keys))
	var wg sync.WaitGroup
	var once sync.Once
	var first error
	for i, key := range keys {
		wg.Go(func() {
			value, err := fetch(ctx, key)
			if err != nil {
				once.Do(func() { first = err; cancel() })
				return
			}
			values[i] = value
		})
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return values, nil
}
