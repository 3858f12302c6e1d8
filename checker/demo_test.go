package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// demo as a learner calls it: the shipped Account loses the deposit, the
// solution takes turns, flags go before or after the name, --svg writes a
// picture, and only account can be replayed.
func TestDemoCommand(t *testing.T) {
	bin := buildChecker(t)
	root, _ := kitRoot(t)

	out, code := runIn(t, bin, root, "demo", "account")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "replayed on the Account in account/")
	assert.Contains(t, out, "final balance: 900")

	svg := filepath.Join(t.TempDir(), "turns.svg")
	out, code = runIn(t, bin, root, "demo", "account", "--solution", "--svg", svg)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "replayed on the Account in solutions/account/")
	assert.Contains(t, out, "final balance: 1900")
	picture, err := os.ReadFile(svg)
	require.NoError(t, err)
	assert.Contains(t, string(picture), "<svg")

	_, code = runIn(t, bin, root, "demo", "pool")
	assert.Equal(t, 2, code, "only the seed's bank account can be replayed")
	_, code = runIn(t, bin, root, "demo")
	assert.Equal(t, 2, code, "a name is needed")
}
