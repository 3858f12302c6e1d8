// want: pass
// No fixed chunks: workers goroutines take the numbers from a channel as
// they get free, each adding into its own partial. Right: every number once,
// workers goroutines, all running at once. The doc's chunks of equal size
// (give or take one) are what a fixed split needs to keep every goroutine
// busy to the end; a pool gets there by itself (held in step by the tests,
// each goroutine takes one number per step).
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), with workers goroutines taking numbers from a channel.
func Sum(lo, hi, workers int, f func(int) int) int {
	numbers := make(chan int)
	partial := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range numbers {
				partial[w] += f(i)
			}
		})
	}
	for i := lo; i < hi; i++ {
		numbers <- i
	}
	close(numbers)
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
