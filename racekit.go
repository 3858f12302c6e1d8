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

// Shipped holds the exercises' code files as they are shipped, unsolved, at
// their paths in the kit under _shipped/ (a directory the go command does
// not build), so that `checker reset` can restore a learner's file byte for
// byte. A test of the checker keeps them equal to the files in the tree.
//
//go:embed _shipped
var Shipped embed.FS
