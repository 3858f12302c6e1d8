// want: fail
// Starts a goroutine per chunk but waits for each one before starting the
// next: no race, and no parallelism either.
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	total := 0
	n := hi - lo
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		var wg sync.WaitGroup
		wg.Go(func() {
			for i := start; i < end; i++ {
				total += f(i)
			}
		})
		wg.Wait()
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
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() {
			n := fetch(url)
			mu.Lock()
			total += n
			mu.Unlock()
		})
	}
	wg.Wait()
	return total
}
