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

// stretched is budget stretched by how busy the machine is now, so that a
// correct fix slowed down by other work is not taken for a deadlock. The
// catalog's budgets already allow for twice as many runnable processes as
// CPUs (the checker itself runs two test processes at a time); beyond that
// the budget grows with the 1-minute load average, up to maxStretch times.
// Where the load is unknown, the budget stays as it is.
func stretched(budget time.Duration) time.Duration {
	data, err := os.ReadFile(loadavg)
	if err != nil {
		return budget
	}
	var load float64
	if _, err := fmt.Sscan(string(data), &load); err != nil {
		return budget
	}
	stretch := min(max(load/float64(2*cpus), 1), maxStretch)
	return time.Duration(float64(budget) * stretch).Round(time.Millisecond)
}
