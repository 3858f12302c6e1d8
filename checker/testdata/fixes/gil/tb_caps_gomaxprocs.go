// want: fail
// TotalBytes runs a pool of runtime.GOMAXPROCS(0) goroutines that take urls
// from a channel. Wrong: only that many fetches wait at once, not every url
// as the doc says; I/O-bound work does not need a CPU while it waits.
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

// TotalBytes fetches every url with a pool of GOMAXPROCS goroutines and returns the total bytes fetched.
func TotalBytes(urls []string, fetch func(url string) int) int {
	sizes := make([]int, len(urls))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				sizes[i] = fetch(urls[i])
			}
		})
	}
	for i := range urls {
		next <- i
	}
	close(next)
	wg.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return total
}
