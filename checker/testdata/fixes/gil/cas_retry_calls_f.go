// want: fail
// Sum adds to one atomic total with a CompareAndSwap loop, but computes f(i)
// inside the loop: when another goroutine changed the total meanwhile, the
// swap fails and f(i) is called again. The sum is right, but f runs more
// than once per number, and f is the expensive part.
package gil

import (
	"sync"
	"sync/atomic"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	var total atomic.Int64
	n := hi - lo
	var wg sync.WaitGroup
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		wg.Go(func() {
			for i := start; i < end; i++ {
				for {
					old := total.Load()
					if total.CompareAndSwap(old, old+int64(f(i))) {
						break
					}
				}
			}
		})
	}
	wg.Wait()
	return int(total.Load())
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
	sizes := make([]int, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() { sizes[i] = fetch(url) })
	}
	wg.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return total
}
