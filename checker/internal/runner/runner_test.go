package runner

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func kitRoot(t *testing.T) string {
	root, err := filepath.Abs("../../..")
	require.NoError(t, err)
	return root
}

func TestBudgetStopsTheProcessAndEverythingItStarted(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	t.Setenv("ORPHAN_PID_FILE", pidFile)
	bin, err := Build(context.Background(), Target{Root: kitRoot(t), Dir: "checker/internal/runner/testdata/orphan"}, t.TempDir())
	require.NoError(t, err)
	assert.Equal(t, []string{"TestStartsAChildAndHangs", "TestEscapesItsGroup"}, bin.Tests)

	onAnIdleMachine(t)
	start := time.Now()
	r := Run(context.Background(), bin, Config{Count: 1, CPU: "1", Budget: time.Second})
	t.Cleanup(func() { killPidFile(pidFile) })
	assert.Less(t, time.Since(start), grace, "the test's own timeout ends it, well before the checker must step in")
	assert.NotZero(t, r.ExitCode)
	test := r.Process.Test("TestStartsAChildAndHangs")
	require.NotNil(t, test)
	assert.True(t, test.Unfinished())
	assert.Contains(t, test.Output, "panic: test timed out after 1s")

	data, err := os.ReadFile(pidFile)
	require.NoError(t, err)
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	require.NoError(t, err)
	assert.Eventually(t, func() bool {
		return syscall.Kill(pid, 0) == syscall.ESRCH || isZombie(pid)
	}, 5*time.Second, 50*time.Millisecond, "the child process %d outlived its test", pid)
}

// onAnIdleMachine gives the rest of the test the budgets it asks for,
// unstretched by whatever else this machine is running.
func onAnIdleMachine(t *testing.T) {
	saved := loadavg
	loadavg = filepath.Join(t.TempDir(), "no-loadavg")
	t.Cleanup(func() { loadavg = saved })
}

// isZombie reports whether pid has exited but not been reaped: it runs
// nothing any more, which is what matters here.
func isZombie(pid int) bool {
	stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return true
	}
	_, after, _ := strings.Cut(string(stat), ") ")
	return strings.HasPrefix(after, "Z")
}

func TestBuildErrorIsReportedAsSuch(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.go")
	require.NoError(t, os.WriteFile(broken, []byte("package orphan\n\nfunc f() { undefinedName() }\n"), 0o644))
	root := kitRoot(t)
	target := Target{Root: root, Dir: "checker/internal/runner/testdata/orphan", Overlay: map[string]string{
		filepath.Join(root, "checker/internal/runner/testdata/orphan/broken.go"): broken,
	}}
	_, err := Build(context.Background(), target, dir)
	var be *BuildError
	require.ErrorAs(t, err, &be)
	assert.Contains(t, be.Output, "undefined: undefinedName")
}

// A child that leaves the test's process group keeps its output open: the
// run must end anyway, a few seconds after the test process.
func TestRunEndsWhenAnEscapedChildHoldsTheOutput(t *testing.T) {
	pidFile := filepath.Join(t.TempDir(), "pid")
	t.Setenv("ORPHAN_PID_FILE", pidFile)
	t.Setenv("ORPHAN_ESCAPE", "1")
	t.Cleanup(func() { killPidFile(pidFile) })
	bin, err := Build(context.Background(), Target{Root: kitRoot(t), Dir: "checker/internal/runner/testdata/orphan"}, t.TempDir())
	require.NoError(t, err)
	onAnIdleMachine(t)
	start := time.Now()
	r := Run(context.Background(), bin, Config{Count: 1, CPU: "1", Budget: 2 * time.Second})
	assert.Less(t, time.Since(start), 15*time.Second, "the run waited for the escaped child (it sleeps 30 s)")
	require.NotNil(t, r.Process)
	escaped := r.Process.Test("TestEscapesItsGroup")
	require.NotNil(t, escaped, "the events before the wait were kept")
	assert.Equal(t, 1, escaped.Passes)
}

func killPidFile(file string) {
	if data, err := os.ReadFile(file); err == nil {
		if pid, err := strconv.Atoi(strings.TrimSpace(string(data))); err == nil {
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
}
