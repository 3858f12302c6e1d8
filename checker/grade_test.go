package main

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGradeRefusesAShardWithoutAClass(t *testing.T) {
	code, err := runGrade(context.Background(), []string{"--shard", "1/2"})
	assert.Equal(t, 2, code)
	assert.ErrorContains(t, err, "--shard needs --class")

	code, err = runGrade(context.Background(), []string{"--class", t.TempDir(), "--shard", "3/2"})
	assert.Equal(t, 2, code)
	assert.ErrorContains(t, err, "I must be between 1 and N")
}

func TestGradebookMergeNeedsShards(t *testing.T) {
	code, err := runGradebook(nil)
	assert.Equal(t, 2, code)
	assert.ErrorContains(t, err, "usage: checker gradebook merge")

	code, err = runGradebook([]string{"merge", "--out", t.TempDir()})
	assert.Equal(t, 2, code)
	assert.ErrorContains(t, err, "name the shards' output directories")

	code, err = runGradebook([]string{"merge", "--out", t.TempDir(), t.TempDir()})
	assert.Equal(t, 2, code)
	assert.ErrorContains(t, err, "gradebook.csv", "a directory that is no shard's output")
}
