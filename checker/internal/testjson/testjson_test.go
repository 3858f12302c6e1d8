package testjson

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScanKeepsOnlyTheOutputOfFailedRuns(t *testing.T) {
	p, err := Scan(strings.NewReader(`{"Action":"start"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"passing chatter\n"}
{"Action":"pass","Test":"TestA"}
{"Action":"run","Test":"TestA"}
{"Action":"output","Test":"TestA","Output":"    a_test.go:3: wrong\n"}
{"Action":"fail","Test":"TestA"}
{"Action":"output","Output":"FAIL\n"}
{"Action":"fail"}
`))
	require.NoError(t, err)
	a := p.Test("TestA")
	require.NotNil(t, a)
	assert.Equal(t, 2, a.Runs)
	assert.Equal(t, 1, a.Passes)
	assert.Equal(t, 1, a.Fails)
	assert.Equal(t, "    a_test.go:3: wrong\n", a.Output)
	assert.Equal(t, "fail", p.Action)
	assert.Equal(t, "FAIL\n", p.Output)
}

// A test cut off by the timeout gets "run" but never "pass" or "fail":
// its output must still be there, since the goroutine dump is in it.
func TestScanKeepsTheOutputOfAnUnfinishedTest(t *testing.T) {
	p, err := Scan(strings.NewReader(`{"Action":"run","Test":"TestB"}
{"Action":"output","Test":"TestB","Output":"panic: test timed out after 1s\n"}
`))
	require.NoError(t, err)
	b := p.Test("TestB")
	assert.True(t, b.Unfinished())
	assert.Contains(t, b.Output, "timed out")
	assert.Empty(t, p.Action)
}

func TestScanKeepsLinesThatAreNotJSON(t *testing.T) {
	p, err := Scan(strings.NewReader("fatal: not json\n"))
	require.NoError(t, err)
	assert.Equal(t, "fatal: not json\n", p.Output)
}

func TestScanCapsAFloodOfOutput(t *testing.T) {
	var in strings.Builder
	in.WriteString(`{"Action":"run","Test":"TestFlood"}` + "\n")
	line := `{"Action":"output","Test":"TestFlood","Output":"` + strings.Repeat("x", 1000) + `\n"}` + "\n"
	for range 2 * MaxOutput / 1000 {
		in.WriteString(line)
	}
	in.WriteString(`{"Action":"output","Test":"TestFlood","Output":"panic: the end\n"}` + "\n")
	in.WriteString(`{"Action":"fail","Test":"TestFlood"}` + "\n")
	p, err := Scan(strings.NewReader(in.String()))
	require.NoError(t, err)
	out := p.Test("TestFlood").Output
	assert.Less(t, len(out), MaxOutput+100)
	assert.True(t, strings.HasPrefix(out, strings.Repeat("x", 1000)), "the beginning is kept")
	assert.True(t, strings.HasSuffix(out, "panic: the end\n"), "and the end, where crashes print their stacks")
	assert.Contains(t, out, "bytes of output left out")
}
