package main

import (
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The chart is a well-formed SVG document with both charts, every series
// in their legends, and the machine it was measured on. Made-up speed-ups:
// timings are not what this tests.
func TestChartIsSVGWithEverySeries(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gil.svg")
	rows := []measured{{1, 1.0, 19.5}, {2, 1.9, 19.8}, {3, 1.95, 19.7}, {4, 2.0, 19.9}}
	require.NoError(t, writeChart(file, rows, "test machine, 2 CPUs"))

	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	d := xml.NewDecoder(f)
	var root xml.Name
	var texts []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the SVG is not well-formed XML")
		switch tok := tok.(type) {
		case xml.StartElement:
			if root.Local == "" {
				root = tok.Name
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(tok)); s != "" {
				texts = append(texts, s)
			}
		}
	}
	assert.Equal(t, xml.Name{Space: "http://www.w3.org/2000/svg", Local: "svg"}, root)
	count := func(s string) int {
		n := 0
		for _, text := range texts {
			if text == s {
				n++
			}
		}
		return n
	}
	assert.Equal(t, 2, count(seriesGo), "the measured line, in both charts: %q", texts)
	for _, s := range []string{seriesIdealCPU, seriesPythonCPU, seriesIdealIO, seriesPythonIO, chartTitleCPU, "I/O-bound: 20 fetches of 20ms"} {
		assert.Equal(t, 1, count(s), "%q in %q", s, texts)
	}
	assert.Equal(t, 2, count("measured on test machine, 2 CPUs"))
}
