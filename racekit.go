// Package racekit carries the kit's canonical tests, catalog and module
// files inside the checker binary, so that grading runs the teacher's tests
// and the teacher's points whatever a submission did to its own copies.
package racekit

import "embed"

// Canonical holds go.mod, go.sum, exercises/catalog.toml and every
// exercise's _test.go files, at their paths in the kit.
//
//go:embed go.mod go.sum exercises/catalog.toml account/*_test.go exercises/*/*_test.go
var Canonical embed.FS
