// want: fail
// Per-worker partials, chunks of ceil(n/workers) numbers, each start and end
// clamped to hi. Every number once, but rounding up leaves chunks empty even
// when workers <= n (5 numbers, 4 workers: 2, 2, 1, 0; 129 numbers, 128
// workers: only 65 goroutines get any). The doc asks for chunk sizes that
// differ by at most one.
package gil

import (
	"sync"
)

// Sum returns f(lo) + f(lo+1) + … + f(hi-1), or 0 when hi <= lo, calling f
// once for each number and waiting for every call, however slow. It splits
// [lo, hi) into workers chunks whose sizes differ by at most one (so some
// are empty when workers > hi-lo) and sums each chunk in its own goroutine,
// all at once, so that CPU-bound work runs on up to workers cores: workers,
// not the number of CPUs, says how many goroutines. workers must be at
// least 1.
func Sum(lo, hi, workers int, f func(int) int) int {
	if hi <= lo {
		return 0
	}
	size := (hi - lo + workers - 1) / workers
	partial := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		start := min(lo+w*size, hi)
		end := min(start+size, hi)
		wg.Go(func() {
			for i := start; i < end; i++ {
				partial[w] += f(i)
			}
		})
	}
	wg.Wait()
	total := 0
	for _, s := range partial {
		total += s
	}
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
	sizes := make([]int, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() {
			sizes[i] = fetch(url)
		})
	}
	wg.Wait()
	total := 0
	for _, n := range sizes {
		total += n
	}
	return total
}
