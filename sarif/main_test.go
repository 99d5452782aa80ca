package sarif

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

// absent records the tests skipped because something outside the
// repository is missing (../shared, the SARIF multitool), so that the
// package says so once, in one summary line, instead of in one line per
// test that a passing run hides.
var absent = struct {
	sync.Mutex
	tests map[string][]string // what is missing → the tests that skipped
}{tests: map[string][]string{}}

// skipAbsent skips t because what is missing, and records it.
func skipAbsent(t testing.TB, what string) {
	t.Helper()
	absent.Lock()
	absent.tests[what] = append(absent.tests[what], t.Name())
	absent.Unlock()
	t.Skip(what + " not found")
}

// absentSummary is the summary line, or "" when nothing was skipped.
func absentSummary(tests map[string][]string) string {
	if len(tests) == 0 {
		return ""
	}
	var whats []string
	n := 0
	for what, ts := range tests {
		sort.Strings(ts)
		whats = append(whats, fmt.Sprintf("%s (%s)", what, strings.Join(ts, ", ")))
		n += len(ts)
	}
	sort.Strings(whats)
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return fmt.Sprintf("sarif: %d test%s skipped, not found: %s", n, plural, strings.Join(whats, "; "))
}

func TestMain(m *testing.M) {
	code := m.Run()
	if line := absentSummary(absent.tests); line != "" {
		fmt.Println(line)
	}
	os.Exit(code)
}

func TestAbsentSummary(t *testing.T) {
	if got := absentSummary(nil); got != "" {
		t.Errorf("summary with nothing skipped: %q", got)
	}
	got := absentSummary(map[string][]string{
		"the SARIF multitool at /x": {"TestMultitool", "TestExamples"},
		"../shared/sarif schema":    {"TestSchema"},
	})
	want := "sarif: 3 tests skipped, not found: ../shared/sarif schema (TestSchema); the SARIF multitool at /x (TestExamples, TestMultitool)"
	if got != want || strings.Contains(got, "\n") {
		t.Errorf("summary\n%q, want\n%q", got, want)
	}
}
