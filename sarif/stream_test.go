package sarif

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/jsonindent"
)

// wholeLog is Write as it was before it wrote a result at a time: the
// whole log built, then encoded and indented at once.
func wholeLog(run Run) ([]byte, error) {
	log, index, err := build(run)
	if err != nil {
		return nil, err
	}
	results := log.Runs[0].Results
	seen := &fingerprintCounts{}
	for _, f := range run.Findings {
		results = append(results, makeResult(f, index[f.Rule.ID], seen))
	}
	for _, sf := range run.Suppressed {
		results = append(results, suppressedResult(sf, index[sf.Finding.Rule.ID], seen))
	}
	log.Runs[0].Results = results
	var buf bytes.Buffer
	err = jsonindent.Encode(&buf, log, false)
	return buf.Bytes(), err
}

// TestWriteAsWhole checks that the log written a result at a time is the
// log encoded whole, byte for byte, on every test run and on one large
// enough to be flushed many times.
func TestWriteAsWhole(t *testing.T) {
	runs := testRuns()
	var many Run
	for _, tc := range runs {
		many.Rules = append(many.Rules, tc.run.Rules...)
		many.Diagnostics = append(many.Diagnostics, tc.run.Diagnostics...)
		many.Undecided = append(many.Undecided, tc.run.Undecided...)
		for range 300 {
			many.Findings = append(many.Findings, tc.run.Findings...)
			many.Suppressed = append(many.Suppressed, tc.run.Suppressed...)
		}
	}
	runs = append(runs, struct {
		name string
		run  Run
	}{"many", many})
	for _, tc := range runs {
		t.Run(tc.name, func(t *testing.T) {
			want, err := wholeLog(tc.run)
			if err != nil {
				t.Fatal(err)
			}
			got := write(t, tc.run)
			if !bytes.Equal(got, want) {
				t.Fatalf("streamed log differs from the whole log:\n%s\n----\n%s", got, want)
			}
		})
	}
}

// TestWriteFailsMidway checks that a writer's error in the middle of the
// results is returned.
func TestWriteFailsMidway(t *testing.T) {
	var run Run
	for _, tc := range testRuns() {
		run.Rules = append(run.Rules, tc.run.Rules...)
		for range 500 {
			run.Findings = append(run.Findings, tc.run.Findings...)
		}
	}
	werr := errors.New("disk full")
	w := &limitWriter{n: 100 << 10, err: werr}
	if err := Write(w, run); !errors.Is(err, werr) {
		t.Fatalf("Write returned %v, want the writer's error", err)
	}
	if w.writes < 2 {
		t.Fatalf("the log was written in %d writes, want it flushed as it goes", w.writes)
	}
}

// limitWriter accepts n bytes, then fails.
type limitWriter struct {
	n, writes int
	err       error
}

func (w *limitWriter) Write(p []byte) (int, error) {
	w.writes++
	if len(p) > w.n {
		return 0, w.err
	}
	w.n -= len(p)
	return len(p), nil
}

// TestFingerprintCounts checks that counting fingerprints by their bytes
// counts exactly as by their text: a string that is not 64 lowercase hex
// digits keeps a count of its own.
func TestFingerprintCounts(t *testing.T) {
	lower := strings.Repeat("0123456789abcdef", 4)
	upper := strings.ToUpper(lower)
	in := []string{lower, upper, lower, lower[:63], lower[:63] + "g", upper, lower, "", strings.Repeat("f", 64), ""}
	var c fingerprintCounts
	text := map[string]int{}
	for _, s := range in {
		text[s]++
		if got := c.add(s); got != text[s] {
			t.Errorf("add(%q) = %d, want %d", s, got, text[s])
		}
	}
}
