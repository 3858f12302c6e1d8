// want: fail
// TotalBytes stores each size in a map keyed by url, under a mutex, and adds
// the map up. A url listed twice is fetched twice but counted once: the
// second size overwrites the first.
package gil

import (
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

// TotalBytes fetches every url at once and returns the total bytes fetched.
func TotalBytes(urls []string, fetch func(url string) int) int {
	var mu sync.Mutex
	sizes := map[string]int{}
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() {
			size := fetch(url)
			mu.Lock()
			sizes[url] = size
			mu.Unlock()
		})
	}
	wg.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return total
}
