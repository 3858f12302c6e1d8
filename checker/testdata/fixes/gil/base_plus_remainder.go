// want: pass
// Chunk sizes computed by hand: n/workers each, and one more for the first
// n%workers chunks, so sizes differ by at most one; wg.Add(workers) up front,
// go func(w, start, end) with defer wg.Done(), one slot per worker. Right.
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
	n := hi - lo
	base, extra := n/workers, n%workers
	partial := make([]int, workers)
	var wg sync.WaitGroup
	wg.Add(workers)
	start := lo
	for w := 0; w < workers; w++ {
		size := base
		if w < extra {
			size++
		}
		go func(w, start, end int) {
			defer wg.Done()
			for i := start; i < end; i++ {
				partial[w] += f(i)
			}
		}(w, start, start+size)
		start += size
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
	wg.Add(len(urls))
	for i := range urls {
		go func(i int) {
			defer wg.Done()
			sizes[i] = fetch(urls[i])
		}(i)
	}
	wg.Wait()
	total := 0
	for _, n := range sizes {
		total += n
	}
	return total
}
