// want: fail
// TotalBytes starts a goroutine per url but lets only runtime.NumCPU() of
// them fetch at once, through a semaphore. Wrong: a fetch waits rather than
// computes, the doc asks for every url at once, and on a 16-core machine
// this would behave differently than on a 2-core one.
package gil

import (
	"runtime"
	"sync"
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

// TotalBytes fetches every url, at most one per CPU at a time, and returns the total bytes fetched.
func TotalBytes(urls []string, fetch func(url string) int) int {
	sizes := make([]int, len(urls))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			sizes[i] = fetch(url)
		})
	}
	wg.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return total
}
