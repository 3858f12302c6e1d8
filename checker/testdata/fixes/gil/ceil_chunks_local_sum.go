// want: fail
// Chunks of ceil(n/workers) numbers, each goroutine adding its local sum
// under a mutex once at the end. The sum is right, but rounding the size up
// leaves whole chunks out while others hold two numbers (129 numbers, 128
// workers: 64 chunks of 2 and one of 1, so only 65 goroutines work). The doc
// asks for workers chunks whose sizes differ by at most one.
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	var mu sync.Mutex
	total := 0
	size := (hi - lo + workers - 1) / workers
	var wg sync.WaitGroup
	for start := lo; start < hi; start += size {
		end := min(start+size, hi)
		wg.Go(func() {
			sum := 0
			for i := start; i < end; i++ {
				sum += f(i)
			}
			mu.Lock()
			total += sum
			mu.Unlock()
		})
	}
	wg.Wait()
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
