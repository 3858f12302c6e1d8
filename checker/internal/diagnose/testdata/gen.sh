#!/usr/bin/env bash
# Regenerates the recorded test2json streams the diagnosis tests read. Each
# case is a tiny package "ex" in a throwaway module; the module's path in
# the output is replaced by $ROOT so the tests can put the kit anywhere.
#   bash checker/internal/diagnose/testdata/gen.sh
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)
kit=$(cd "$out/../../../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
cp "$kit/go.mod" "$kit/go.sum" .
sed -i 's|^module .*|module example.com/kit|' go.mod
mkdir ex
record() { # name code test [go test flags]
  local name=$1 code=$2 test=$3; shift 3
  printf '%s\n' "$code" > ex/ex.go
  printf '%s\n' "$test" > ex/ex_test.go
  GORACE=atexit_sleep_ms=0 GOFLAGS=-mod=mod go test -race -json -count=1 "$@" ./ex/ > "$out/$name.jsonl" 2>&1 || true
  sed -i "s|$tmp|\$ROOT|g" "$out/$name.jsonl"
}
head='package ex

import (
	"testing"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
'
record race 'package ex

var n int

func Inc() { n++ }

func N() int { return n }' "$head
func TestInc(t *testing.T) {
	done := make(chan bool)
	go func() { Inc(); done <- true }()
	Inc()
	<-done
	if N() != 2 {
		t.Errorf(\"N() = %d, want 2\", N())
	}
}"
record deadlock 'package ex

import "sync"

var mu sync.Mutex

func Outer() { mu.Lock(); defer mu.Unlock(); Inner() }

func Inner() { mu.Lock(); defer mu.Unlock() }' "$head
func TestOuter(t *testing.T) { Outer() }" -timeout 2s
record spin 'package ex

var stop bool

func Spin() int {
	n := 0
	for !stop {
		n++
	}
	return n
}' "$head
func TestSpin(t *testing.T) { Spin() }" -timeout 2s
record leak_package 'package ex

func Start() { go func() { select {} }() }' "$head
func TestStart(t *testing.T) { Start() }"
record leak_test 'package ex

var ch = make(chan int)

func Send() { go func() { ch <- 1 }() }' "$head
func TestSend(t *testing.T) {
	defer goleak.VerifyNone(t)
	Send()
}"
record panic_closed 'package ex

func Close(c chan int) {
	close(c)
	close(c)
}' "$head
func TestClose(t *testing.T) { Close(make(chan int)) }"
record fatal_map 'package ex

import "sync"

func Fill() map[int]int {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			for j := range 1000 {
				m[i*1000+j] = j
			}
		})
	}
	wg.Wait()
	return m
}' "$head
func TestFill(t *testing.T) { Fill() }"
record fail 'package ex

func Add(a, b int) int { return a - b }' "$head
func TestAdd(t *testing.T) {
	if got := Add(2, 2); got != 4 {
		t.Errorf(\"Add(2, 2) = %d, want 4:\\nthe sum is wrong\", got)
	}
}"
record compile 'package ex

func Add(a, b int) int { return a + c }' "$head
func TestAdd(t *testing.T) { Add(1, 2) }"
record senders 'package ex

import "sync"

// Sum sends every result on an unbuffered channel and reads them only
// after every sender is done.
func Sum(n int) int {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { results <- i })
	}
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	return total
}' "$head
func TestSum(t *testing.T) { Sum(5) }" -timeout 2s
record bubble_leak 'package ex

import "time"

// Sum gives up on a slow f after a minute, and leaves it running.
func Sum(f func() int) int {
	c := make(chan int)
	go func() { c <- f() }()
	select {
	case v := <-c:
		return v
	case <-time.After(time.Minute):
		return 0
	}
}' 'package ex

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestSum(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := Sum(func() int { time.Sleep(time.Hour); return 1 }); got != 1 {
			t.Errorf("Sum(f) = %d while f was still running, want 1: wait for f", got)
		}
	})
}'
record held_while_waiting 'package ex

import "sync"

var mu sync.Mutex

// Send holds the lock while it waits for a receiver, and Recv needs the
// lock before it receives.
func Send(c chan int) { mu.Lock(); defer mu.Unlock(); c <- 1 }

func Recv(c chan int) int { mu.Lock(); defer mu.Unlock(); return <-c }' "$head
func TestPipe(t *testing.T) {
	t.Run(\"send then receive\", func(t *testing.T) {
		c := make(chan int)
		go Send(c)
		for range 1000 {
			Recv(c)
		}
	})
}" -timeout 2s
