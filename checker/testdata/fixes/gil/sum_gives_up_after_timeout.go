// want: fail
// Sum collects the partials from a channel in a select that gives up after a
// minute, so that a stuck f cannot hang it: with a slow f it returns part of
// the sum and leaves goroutines running. The doc says Sum waits for every
// call, however slow; the test's f takes hours (of fake time).
package gil

import (
	"sync"
	"time"
)

// Sum returns f(lo) + f(lo+1) + … + f(hi-1), or 0 when hi <= lo, calling f
// once for each number and waiting for every call, however slow. It splits
// [lo, hi) into workers chunks whose sizes differ by at most one (so some
// are empty when workers > hi-lo) and sums each chunk in its own goroutine,
// all at once, so that CPU-bound work runs on up to workers cores: workers,
// not the number of CPUs, says how many goroutines. workers must be at
// least 1.
func Sum(lo, hi, workers int, f func(int) int) int {
	partials := make(chan int, workers) // room for every partial: no sender blocks
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
	timeout := time.After(time.Minute)
	for range workers {
		select {
		case p := <-partials:
			total += p
		case <-timeout:
			return total // f is stuck: return what we have
		}
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
	sizes := make([]int, len(urls)) // sizes[i] belongs to the goroutine fetching urls[i]
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
