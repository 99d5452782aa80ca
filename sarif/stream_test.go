package sarif

import (
	"bytes"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

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
			for _, workers := range []int{0, 1, 2, 3, 8} {
				run := tc.run
				run.Workers = workers
				got := write(t, run)
				if !bytes.Equal(got, want) {
					t.Fatalf("streamed log (workers %d) differs from the whole log:\n%s\n----\n%s", workers, got, want)
				}
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

// TestWriteFailsMidwayWorkers checks that with several goroutines
// encoding, a writer's error in the middle of the results is returned and
// every goroutine has ended when Write returns.
func TestWriteFailsMidwayWorkers(t *testing.T) {
	var run Run
	for _, tc := range testRuns() {
		run.Rules = append(run.Rules, tc.run.Rules...)
		for range 500 {
			run.Findings = append(run.Findings, tc.run.Findings...)
			run.Suppressed = append(run.Suppressed, tc.run.Suppressed...)
		}
	}
	before := runtime.NumGoroutine()
	werr := errors.New("disk full")
	for _, workers := range []int{2, 4} {
		for _, n := range []int{0, 10 << 10, 100 << 10, 1 << 20} {
			run.Workers = workers
			w := &limitWriter{n: n, err: werr}
			if err := Write(w, run); !errors.Is(err, werr) {
				t.Fatalf("Write (workers %d, failing after %d bytes) returned %v, want the writer's error", workers, n, err)
			}
			// A goroutine that has said it is done may take a moment
			// to end.
			for try := 0; runtime.NumGoroutine() > before; try++ {
				if try == 100 {
					t.Fatalf("%d goroutines after Write (workers %d), %d before", runtime.NumGoroutine(), workers, before)
				}
				time.Sleep(10 * time.Millisecond)
			}
		}
	}
}

// TestFingerprintsKey checks that a result's partialFingerprints is
// encoded as the map of FingerprintKey to its value would be.
func TestFingerprintsKey(t *testing.T) {
	for _, v := range []string{"", "abc:1", `"<&>\`} {
		got, err := json.Marshal(partialFingerprints{Sum: v})
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(map[string]string{FingerprintKey: v})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("partialFingerprints encodes as %s, want %s", got, want)
		}
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
