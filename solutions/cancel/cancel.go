// Package cancel is the reference solution, errgroup.WithContext written out:
// the fetches share a context that the first error cancels, each writes its
// value to its own slot, and a WaitGroup waits for every one of them. No
// fetch sends anything, so none can be left blocked on a send.
package cancel

import (
	"context"
	"sync"
)

// FetchAll calls fetch once for each key, every call in a goroutine of its
// own and all at the same time, and returns their values in the order of
// keys. Each fetch is given a context derived from ctx.
//
// The first fetch to fail decides: FetchAll cancels the context it gave the
// others, and returns nil and that first error, not the errors the others
// return because they were cancelled. If ctx is cancelled, the fetches see
// it through their context, and FetchAll returns nil and either the first
// error a fetch returned or ctx's own error (its Err or its Cause). Either
// way, FetchAll returns only once every fetch it started has returned, and
// by then the context it gave them is cancelled too: nothing it started is
// left running or blocked.
func FetchAll(ctx context.Context, keys []string, fetch func(ctx context.Context, key string) (string, error)) ([]string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil) // whatever happens, the fetches' context ends with FetchAll

	values := make([]string, len(keys))
	var (
		wg    sync.WaitGroup
		once  sync.Once // the first error, and only the first, is kept
		first error
	)
	for i, key := range keys {
		wg.Go(func() {
			value, err := fetch(ctx, key)
			if err != nil {
				// Keep the error before cancelling: the others' errors,
				// caused by the cancel, come after it and are not kept.
				once.Do(func() {
					first = err
					cancel(err)
				})
				return
			}
			values[i] = value
		})
	}
	wg.Wait() // every fetch has returned: nothing left running or blocked
	if first != nil {
		return nil, first
	}
	return values, nil
}
