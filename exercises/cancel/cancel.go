// Package cancel fetches many keys at once and stops at the first error,
// the way errgroup.WithContext is meant to be used. This FetchAll returns at
// the first error, but never cancels the other fetches, and leaves each of
// them blocked forever on a send that nobody receives.
//
// Your task: make the first error (or the caller's cancellation) stop every
// fetch, wait for them all, and leave no goroutine behind. Keep the API.
// Then run `make check NAME=cancel`.
package cancel

import "context"

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
	type result struct {
		i     int
		value string
		err   error
	}
	results := make(chan result)
	for i, key := range keys {
		go func() {
			value, err := fetch(ctx, key)
			results <- result{i, value, err}
		}()
	}
	values := make([]string, len(keys))
	for range keys {
		r := <-results
		if r.err != nil {
			return nil, r.err
		}
		values[r.i] = r.value
	}
	return values, nil
}
