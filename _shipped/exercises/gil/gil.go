// Package gil is the seed's section 5, the GIL, in Go. Python runs one thread
// at a time, so its threads only help work that waits (I/O). Go has no such
// lock: goroutines run on every core, so CPU-bound work can be split too.
//
// Your task: Sum and TotalBytes add every goroutine's result into one shared
// total, unsynchronised. Give each goroutine its own partial result and add
// the partials up once the goroutines are done. Then run `make check NAME=gil`.
package gil

import "sync"

// Sum returns f(lo) + f(lo+1) + … + f(hi-1), or 0 when hi <= lo, calling f
// once for each number and waiting for every call, however slow. It splits
// [lo, hi) into workers chunks whose sizes differ by at most one (so some
// are empty when workers > hi-lo) and sums each chunk in its own goroutine,
// all at once, so that CPU-bound work runs on up to workers cores: workers,
// not the number of CPUs, says how many goroutines. workers must be at
// least 1.
func Sum(lo, hi, workers int, f func(int) int) int {
	total := 0
	n := hi - lo
	var wg sync.WaitGroup
	for w := range workers {
		start, end := lo+w*n/workers, lo+(w+1)*n/workers
		wg.Go(func() {
			for i := start; i < end; i++ {
				total += f(i)
			}
		})
	}
	wg.Wait()
	return total
}

// CountPrimes returns how many primes lie in [lo, hi), using workers
// goroutines: CPU-bound work, nothing to wait for.
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

// TotalBytes fetches every url at once, each in its own goroutine, waits
// for every fetch however slow, and returns the total number of bytes
// fetched; a url listed twice is fetched twice. fetch is I/O-bound: it
// mostly waits, so all the fetches should be waiting together, however many
// urls there are and however few CPUs.
func TotalBytes(urls []string, fetch func(url string) int) int {
	total := 0
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() {
			total += fetch(url)
		})
	}
	wg.Wait()
	return total
}
