// want: pass
// Each goroutine sums its chunk locally and sends the partial sum on a
// channel; TotalBytes does the same with one goroutine per url.
package gil

import (
	"sync"
)

// Sum returns f(lo) + … + f(hi-1), summing workers chunks in their own goroutines.
func Sum(lo, hi, workers int, f func(int) int) int {
	partials := make(chan int, workers)
	n := hi - lo
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		go func() {
			sum := 0
			for i := start; i < end; i++ {
				sum += f(i)
			}
			partials <- sum
		}()
	}
	total := 0
	for range workers {
		total += <-partials
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
	sizes := make(chan int)
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() { sizes <- fetch(url) })
	}
	go func() {
		wg.Wait()
		close(sizes)
	}()
	total := 0
	for s := range sizes {
		total += s
	}
	return total
}
