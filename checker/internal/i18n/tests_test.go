package i18n

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTranslateReadsTheValuesBack(t *testing.T) {
	for _, c := range []struct{ en, zh, text, want string }{
		{"balance %d, want %d", "余额 %d，应为 %d", "balance 900, want 1900", "余额 900，应为 1900"},
		{"%d calls from %d goroutines", "%[2]d 个 goroutine 调用了 %[1]d 次", "40 calls from 4 goroutines", "4 个 goroutine 调用了 40 次"},
		{"Name() = %q, want \"Luo\"", "Name() = %q，应为 \"Luo\"", `Name() = "a, b", want "Luo"`, `Name() = "a, b"，应为 "Luo"`},
		{"100%% of %v\nlost", "%v 的 100%%\n丢失", "100% of [1 2]\nlost", "[1 2] 的 100%\n丢失"},
		{"after %v some were stuck", "%v 之后仍有卡住的", "after 2.5s some were stuck", "2.5s 之后仍有卡住的"},
	} {
		got, ok := Translate(c.text, c.en, c.zh)
		assert.True(t, ok, c.en)
		assert.Equal(t, c.want, got, c.en)
	}
	_, ok := Translate("something else entirely", "balance %d, want %d", "余额 %d，应为 %d")
	assert.False(t, ok, "a text the format does not print is not translated")
}

func TestFailuresFindsEachMessageAndItsLines(t *testing.T) {
	src := `package x

import (
	"fmt"
	"testing"
)

func TestX(t *testing.T) {
	t.Errorf("got %d, want %d: "+
		"lost", 1, 2)
	t.Fatal("plain")
	t.Error("two", "values")
	_ = fmt.Errorf("made %d", 1)
	t.Logf("not a failure %d", 1)
	format := "not constant"
	t.Errorf(format)
}
`
	fs, err := Failures([]byte(src))
	require.NoError(t, err)
	assert.Equal(t, []Failure{{"got %d, want %d: lost", 9, 10}, {"plain", 11, 11}, {"made %d", 13, 13}}, fs)
	f, ok := At(fs, 10)
	assert.True(t, ok)
	assert.Equal(t, "got %d, want %d: lost", f.Format)
	_, ok = At(fs, 14)
	assert.False(t, ok)
}

// An error made by fmt.Errorf elsewhere and printed by t.Fatal(err) is
// found by its words; a format of verbs alone never matches.
func TestGuessFindsAnErrorsFormat(t *testing.T) {
	fs := []Failure{{"%v", 3, 3}, {"Recv returned %v, want %v", 9, 9}}
	zh := map[string]string{"%v": "%v", "Recv returned %v, want %v": "Recv 返回了 %v，应为 %v"}
	said, ok := Guess(fs, zh, "Recv returned 3, want 4")
	assert.True(t, ok)
	assert.Equal(t, "Recv 返回了 3，应为 4", said)
	_, ok = Guess(fs, zh, "something else")
	assert.False(t, ok)
}

func TestReadTestMessages(t *testing.T) {
	dir := t.TempDir()
	zh, err := ReadTestMessages(dir)
	require.NoError(t, err, "no file is no translation")
	assert.Empty(t, zh)

	text := "[[message]]\nen = \"got %d\"\nzh = \"得到 %d\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, TestMessagesFile), []byte(text), 0o644))
	zh, err = ReadTestMessages(dir)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"got %d": "得到 %d"}, zh)

	require.NoError(t, os.WriteFile(filepath.Join(dir, TestMessagesFile), []byte("[[message"), 0o644))
	_, err = ReadTestMessages(dir)
	assert.Error(t, err)
}

func TestVerbsIgnoreIndexes(t *testing.T) {
	assert.Equal(t, Verbs("%d of %q in %v"), Verbs("%[3]v 里 %[2]q 的 %[1]d"))
	assert.NotEqual(t, Verbs("%d"), Verbs("%v"))
	assert.Equal(t, fmt.Sprint([]string{"%d", "%d"}), fmt.Sprint(Verbs("%d/%d")))
}
