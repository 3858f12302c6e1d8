package main

import (
	"fmt"
	"image/color"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// measured is one row of the table: the speed-ups at one GOMAXPROCS.
type measured struct {
	procs   int
	cpu, io float64 // N goroutines against 1, and all fetches at once against one by one
}

// What the seed says of Python's threads (section 5, "GIL"): "对于io密集型
// 任务，python的多线程起到作用，但对于cpu密集型任务，python的多线程几乎占不到
// 任何优势，还有可能因为争夺资源而变慢" (for I/O-bound work Python's threads
// help; for CPU-bound work they gain almost nothing, and may even be slower
// for the contention). The seed gives no figures, so the chart draws its
// words at their best: 1x for CPU-bound work at any number of cores, and,
// for the fetches, waits that overlap completely whatever the cores, as a
// thread that waits lets go of the GIL.
const seedCPU = 1.0

// Series names, which the chart's legends show (and its test looks for).
const (
	seriesGo         = "Go, measured"
	seriesIdealCPU   = "ideal: speed-up = GOMAXPROCS"
	seriesIdealIO    = "ideal: all fetches wait at once"
	seriesPythonCPU  = "Python threads, per the seed: no gain"
	seriesPythonIO   = "Python threads, per the seed: they help"
	chartTitleCPU    = "CPU-bound: count primes"
	chartTitleIO     = "I/O-bound: %d fetches of %v"
	chartXAxis       = "GOMAXPROCS"
	chartYAxis       = "speed-up (x)"
	chartMachineNote = "measured on %s"
)

// writeChart draws rows as two charts side by side, CPU-bound and
// I/O-bound, into an SVG file.
func writeChart(file string, rows []measured, machine string) error {
	cpu, io, err := charts(rows, machine)
	if err != nil {
		return err
	}
	canvas := vgsvg.New(24*vg.Centimeter, 10*vg.Centimeter)
	dc := draw.New(canvas)
	tiles := draw.Tiles{Rows: 1, Cols: 2, PadX: vg.Centimeter, PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2,
		PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	plots := [][]*plot.Plot{{cpu, io}}
	canvases := plot.Align(plots, tiles, dc)
	cpu.Draw(canvases[0][0])
	io.Draw(canvases[0][1])
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := canvas.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func charts(rows []measured, machine string) (cpu, io *plot.Plot, err error) {
	last := float64(rows[len(rows)-1].procs)
	xs := func(f func(measured) float64) plotter.XYs {
		var pts plotter.XYs
		for _, r := range rows {
			pts = append(pts, plotter.XY{X: float64(r.procs), Y: f(r)})
		}
		return pts
	}
	flat := func(y float64) plotter.XYs { return plotter.XYs{{X: 1, Y: y}, {X: last, Y: y}} }

	cpu = newPlot(chartTitleCPU, machine)
	if err := addLines(cpu,
		series{seriesGo, xs(func(r measured) float64 { return r.cpu }), color.RGBA{R: 0x1b, G: 0x5e, B: 0x9b, A: 255}, nil, true},
		series{seriesIdealCPU, plotter.XYs{{X: 1, Y: 1}, {X: last, Y: last}}, color.Gray{Y: 0x80}, []vg.Length{vg.Points(4), vg.Points(3)}, false},
		series{seriesPythonCPU, flat(seedCPU), color.RGBA{R: 0xd0, G: 0x6a, B: 0x1a, A: 255}, []vg.Length{vg.Points(1), vg.Points(3)}, false},
	); err != nil {
		return nil, nil, err
	}
	cpu.Y.Min = 0

	io = newPlot(fmt.Sprintf(chartTitleIO, fetches, fetchWait), machine)
	if err := addLines(io,
		series{seriesGo, xs(func(r measured) float64 { return r.io }), color.RGBA{R: 0x1b, G: 0x5e, B: 0x9b, A: 255}, nil, true},
		series{seriesIdealIO, flat(fetches), color.Gray{Y: 0x80}, []vg.Length{vg.Points(4), vg.Points(3)}, false},
		series{seriesPythonIO, flat(fetches), color.RGBA{R: 0xd0, G: 0x6a, B: 0x1a, A: 255}, []vg.Length{vg.Points(1), vg.Points(3)}, false},
	); err != nil {
		return nil, nil, err
	}
	io.Y.Min = 0
	io.Y.Max = fetches * 1.2
	io.Legend.Top = false // the lines run along the top
	return cpu, io, nil
}

func newPlot(title, machine string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = chartXAxis + "\n" + fmt.Sprintf(chartMachineNote, machine)
	p.X.Label.TextStyle.Font.Size = vg.Points(8)
	p.Y.Label.Text = chartYAxis
	p.X.Tick.Marker = plot.TickerFunc(func(min, max float64) []plot.Tick {
		var ticks []plot.Tick
		for x := 1.0; x <= max; x++ {
			ticks = append(ticks, plot.Tick{Value: x, Label: fmt.Sprint(x)})
		}
		return ticks
	})
	p.Legend.Top = true
	p.Legend.Left = true
	p.Legend.TextStyle.Font.Size = vg.Points(8)
	return p
}

type series struct {
	name   string
	points plotter.XYs
	colour color.Color
	dashes []vg.Length
	marks  bool
}

func addLines(p *plot.Plot, ss ...series) error {
	for _, s := range ss {
		line, err := plotter.NewLine(s.points)
		if err != nil {
			return err
		}
		line.Color, line.Dashes, line.Width = s.colour, s.dashes, vg.Points(1.5)
		p.Add(line)
		if s.marks {
			dots, err := plotter.NewScatter(s.points)
			if err != nil {
				return err
			}
			dots.Color = s.colour
			dots.Shape = draw.CircleGlyph{}
			p.Add(dots)
			p.Legend.Add(s.name, line, dots)
			continue
		}
		p.Legend.Add(s.name, line)
	}
	return nil
}
