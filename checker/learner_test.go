package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/racekit/racekit/checker/internal/check"
)

// A damaged or missing progress file is rebuilt, never fatal: list and
// check go on as if nothing had been checked yet.
func TestDamagedProgressIsRebuilt(t *testing.T) {
	root := t.TempDir()
	assert.Empty(t, loadProgress(root), "no file: nothing checked yet")
	require.NoError(t, os.MkdirAll(filepath.Dir(progressFile(root)), 0o755))
	require.NoError(t, os.WriteFile(progressFile(root), []byte("{not json"), 0o644))
	assert.Empty(t, loadProgress(root), "a damaged file reads as nothing checked yet")
	require.NoError(t, saveProgress(root, check.Result{Name: "account", Passed: true}))
	assert.True(t, loadProgress(root)["account"].Passed, "the next check writes a whole new file")
}

func TestPadCountsWideCharactersTwice(t *testing.T) {
	assert.Equal(t, "done  |", pad("done", 6)+"|")
	assert.Equal(t, "已完成|", pad("已完成", 6)+"|", "three Chinese characters fill six columns")
	assert.Equal(t, "未通过：race|", pad("未通过：race", 8)+"|", "never cut, only padded")
}
