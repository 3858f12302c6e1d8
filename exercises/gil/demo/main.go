// Command demo times the reference solution of the gil exercise at each
// GOMAXPROCS from 1 to the number of CPUs (at least 4), to show what the
// seed's section 5 says about Python threads, and where Go differs. Run it
// with `make gil`: it prints a table and draws it as a chart into gil.svg
// (-svg FILE to choose another file, -svg "" for none).
//
// It runs solutions/gil, not your exercises/gil, so that it works before you
// have fixed yours. Nothing checks these numbers: they teach, and on a busy
// machine they wobble.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/racekit/racekit/solutions/gil"
)

const (
	primesFrom, primesTo = 10_000_000, 10_400_000 // CPU-bound: count primes here
	fetches, fetchWait   = 20, 20 * time.Millisecond
)

// fetch stands for a download: it computes nothing, it only waits.
func fetch(url string) int {
	time.Sleep(fetchWait)
	return len(url)
}

func main() {
	svg := flag.String("svg", "gil.svg", "draw the speed-ups as a chart into `FILE` (\"\" for none)")
	flag.Parse()
	cpus := runtime.NumCPU()
	// Beyond the cores, GOMAXPROCS adds threads but no CPU time: up to 4
	// even on a small machine, so that the chart shows where it levels off.
	top := max(cpus, 4)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	urls := make([]string, fetches)
	for i := range urls {
		urls[i] = fmt.Sprintf("https://example.com/%d", i)
	}

	fmt.Println("Python (the seed, section 5): the GIL lets one thread run Python code at a time.")
	fmt.Println("Threads help I/O-bound work, which waits; CPU-bound work needs processes instead.")
	fmt.Printf("Go: up to GOMAXPROCS goroutines run at once (default: the %d CPUs of this machine).\n\n", cpus)
	fmt.Printf("CPU-bound: count the primes in [%d, %d) with 1 goroutine, then with %d.\n", primesFrom, primesTo, top)
	fmt.Printf("I/O-bound: %d fetches that each wait %v, one after another, then all at once.\n\n", fetches, fetchWait)
	const row = "%10v | %13v %13v %8v | %11v %11v %8v\n"
	fmt.Printf("%10v | %-36v | %v\n", "", "CPU-bound", "I/O-bound")
	fmt.Printf(row, "GOMAXPROCS", "1 goroutine", fmt.Sprintf("%d goroutines", top), "speed-up",
		"1 by 1", "all at once", "speed-up")

	gil.CountPrimes(primesFrom, primesTo, top) // warm up, so the first row is not slower
	var rows []measured
	for p := 1; p <= top; p++ {
		runtime.GOMAXPROCS(p)
		cpu1 := timed(func() { gil.CountPrimes(primesFrom, primesTo, 1) })
		cpuN := timed(func() { gil.CountPrimes(primesFrom, primesTo, top) })
		io1 := timed(func() {
			for _, url := range urls {
				fetch(url)
			}
		})
		ioN := timed(func() { gil.TotalBytes(urls, fetch) })
		fmt.Printf(row, p, round(cpu1), round(cpuN), ratio(cpu1, cpuN), round(io1), round(ioN), ratio(io1, ioN))
		rows = append(rows, measured{procs: p, cpu: speedUp(cpu1, cpuN), io: speedUp(io1, ioN)})
		if p >= 8 && p < top { // on a big machine, jump to the last row
			p = top - 1
		}
	}

	fmt.Println()
	fmt.Println("At GOMAXPROCS 1 Go is like Python under its GIL for CPU-bound work: the goroutines")
	fmt.Println("take turns on one thread, so splitting the job gains nothing. The I/O-bound fetches")
	fmt.Println("overlap anyway: a goroutine that waits gives up its thread. With more GOMAXPROCS the")
	fmt.Println("CPU-bound job speeds up too, up to the number of cores: no processes needed.")

	if *svg != "" {
		host, _ := os.Hostname()
		machine := fmt.Sprintf("%s, %d CPUs, %s/%s, %s, %s", host, cpus, runtime.GOOS, runtime.GOARCH,
			runtime.Version(), time.Now().Format("2006-01-02"))
		if err := writeChart(*svg, rows, machine); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("\nThe chart: %s\n", *svg)
	}
}

// timed returns how long f took.
func timed(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

func round(d time.Duration) time.Duration { return d.Round(time.Millisecond) }

func speedUp(slow, fast time.Duration) float64 { return float64(slow) / float64(fast) }

func ratio(slow, fast time.Duration) string {
	return fmt.Sprintf("%.1fx", float64(slow)/float64(fast))
}
