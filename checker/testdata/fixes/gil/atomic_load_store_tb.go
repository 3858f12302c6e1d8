// want: fail
// TotalBytes keeps one atomic.Int64 total and does
// total.Store(total.Load() + fetch(url)): each access is atomic, the update
// is not. Every fetch Loads the same old total while it waits, and the
// Stores overwrite each other.
package gil

import (
	"sync"
	"sync/atomic"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	partial := make([]int, workers)
	n := hi - lo
	var wg sync.WaitGroup
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		wg.Go(func() {
			for i := start; i < end; i++ {
				partial[w] += f(i)
			}
		})
	}
	wg.Wait()
	total := 0
	for _, p := range partial {
		total += p
	}
	return total
}

// CountPrimes returns how many primes lie in [lo, hi), using workers goroutines.
func CountPrimes(lo, hi, workers int) int {
	return Sum(lo, hi, workers, func(n int) int {
		if isPrime(n) {
			return 1
		}
		return 0
	})
}

// isPrime reports whether n is prime, by trial division.
func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// TotalBytes fetches every url at once and returns the total bytes fetched.
func TotalBytes(urls []string, fetch func(url string) int) int {
	var total atomic.Int64
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() { total.Store(total.Load() + int64(fetch(url))) })
	}
	wg.Wait()
	return int(total.Load())
}
