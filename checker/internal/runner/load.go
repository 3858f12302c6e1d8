package runner

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// maxStretch bounds how far a busy machine stretches a budget, so that a
// real deadlock still ends in a bounded time.
const maxStretch = 6

// loadavg is where Linux says how busy the machine is, and cpus how many
// CPUs share that load.
var (
	loadavg = "/proc/loadavg"
	cpus    = runtime.NumCPU()
)

// stretched is budget stretched by how busy the machine is now: a test
// process gets its CPUs' share of time only when runnable processes do not
// outnumber them, and a correct fix slowed down by other work must not be
// taken for a deadlock. The stretch is the 1-minute load average per CPU,
// between 1 (an idle machine keeps the catalog's budget) and maxStretch;
// where the load is unknown, 1.
func stretched(budget time.Duration) time.Duration {
	data, err := os.ReadFile(loadavg)
	if err != nil {
		return budget
	}
	var load float64
	if _, err := fmt.Sscan(string(data), &load); err != nil {
		return budget
	}
	stretch := min(max(load/float64(cpus), 1), maxStretch)
	return time.Duration(float64(budget) * stretch).Round(time.Millisecond)
}
