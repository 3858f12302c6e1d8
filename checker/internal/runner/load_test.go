package runner

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A budget grows with the load beyond two runnable processes per CPU,
// never shrinks, and stops growing at maxStretch; without a load to read it stays as it is.
func TestBudgetStretchesWithTheLoad(t *testing.T) {
	onAnIdleMachine(t)
	defer func(c int) { cpus = c }(cpus)
	file := filepath.Join(t.TempDir(), "loadavg")
	loadavg, cpus = file, 2

	for _, c := range []struct {
		load string
		want time.Duration
	}{
		{"0.40 0.30 0.20 1/120 999\n", 5 * time.Second},
		{"4.00 1.00 1.00 3/120 999\n", 5 * time.Second},
		{"12.00 4.00 2.00 7/120 999\n", 15 * time.Second},
		{"30.00 9.00 4.00 15/120 999\n", 30 * time.Second},
		{"garbage", 5 * time.Second},
	} {
		require.NoError(t, os.WriteFile(file, []byte(c.load), 0o644))
		assert.Equal(t, c.want, stretched(5*time.Second), "load %q", c.load)
	}
	require.NoError(t, os.Remove(file))
	assert.Equal(t, 5*time.Second, stretched(5*time.Second), "no load average")
}
