// want: fail
// Chunks of n/workers numbers, the last chunk running to hi: every number
// once, but the last chunk takes the whole remainder, so the sizes differ by
// up to workers-1 (255 numbers in 128 chunks: 127 of 1 and one of 128), and
// with more workers than numbers one goroutine does all the work. The doc
// asks for chunk sizes that differ by at most one.
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	partial := make([]int, workers)
	size := (hi - lo) / workers
	var wg sync.WaitGroup
	for w := range workers {
		start, end := lo+w*size, lo+(w+1)*size
		if w == workers-1 {
			end = hi
		}
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
