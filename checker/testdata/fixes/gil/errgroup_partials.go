// want: pass
// golang.org/x/sync/errgroup instead of a WaitGroup: g.Go per chunk (and per
// url), each writing its own slot, g.Wait before adding up. Right.
package gil

import (
	"golang.org/x/sync/errgroup"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	partial := make([]int, workers)
	n := hi - lo
	var g errgroup.Group
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		g.Go(func() error {
			for i := start; i < end; i++ {
				partial[w] += f(i)
			}
			return nil
		})
	}
	g.Wait()
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
	var g errgroup.Group
	for i, url := range urls {
		g.Go(func() error {
			sizes[i] = fetch(url)
			return nil
		})
	}
	g.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return total
}
