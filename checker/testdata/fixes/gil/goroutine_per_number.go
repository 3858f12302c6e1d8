// want: fail
// A goroutine for every number, each writing its own slot: no race, and
// everything runs at once, but workers is ignored, so Sum over a million
// numbers starts a million goroutines. The doc asks for workers chunks,
// one goroutine each.
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), calling f in a goroutine per number.
func Sum(lo, hi, workers int, f func(int) int) int {
	values := make([]int, max(hi-lo, 0))
	var wg sync.WaitGroup
	for i := lo; i < hi; i++ {
		wg.Go(func() { values[i-lo] = f(i) })
	}
	wg.Wait()
	total := 0
	for _, v := range values {
		total += v
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
