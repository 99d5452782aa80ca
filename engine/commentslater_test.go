package engine

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestCommentsLaterSame scans a Terraform file large enough to be parsed
// in pieces, with ignore comments that silence findings, name another
// rule, have expired, are invalid or unused, with one worker (comments
// read as the file is parsed) and with two and four (read on a goroutine
// of their own while the file is evaluated), and checks that the
// findings, the silenced findings with their ignores and the diagnostics
// are the same.
func TestCommentsLaterSame(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < laterCommentsFrom+(64<<10); i++ {
		switch i % 7 {
		case 1:
			b.WriteString("# soc2lint:ignore TEST-001 reviewed in SEC-1\n")
		case 2:
			b.WriteString("# soc2lint:ignore TEST-002 the other rule\n")
		case 3:
			b.WriteString("# soc2lint:ignore TEST-001 until:2020-01-01 expired\n")
		case 4:
			b.WriteString("# soc2lint ignore TEST-001 near miss\n")
		case 5:
			b.WriteString("# tfsec:ignore:aws-s3-enable-versioning\n")
		}
		fmt.Fprintf(&b, "resource \"a\" \"r%d\" {\n  bad = %v\n", i, i%3 != 0)
		if i%5 == 0 {
			b.WriteString("  ok = 1 # soc2lint:ignore TEST-002 trailing\n")
		}
		b.WriteString("}\n\n")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.tf"), b.String())
	t.Chdir(dir)
	scan := func(workers int) *Result {
		cfg := Config{Rules: []*Rule{flagBad, flagNotOK}, Workers: workers, Now: time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)}
		res, err := Scan(context.Background(), []string{"."}, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	type outcome struct {
		Findings, Suppressed, Diagnostics []string
	}
	sum := func(res *Result) outcome {
		var o outcome
		for _, f := range res.Findings {
			o.Findings = append(o.Findings, fmt.Sprintf("%s %s %v", f.Rule.ID, f.Resource.Address, f.Range))
		}
		for _, s := range res.Suppressed {
			o.Suppressed = append(o.Suppressed, fmt.Sprintf("%s %s %v by %v %q %v", s.Finding.Rule.ID, s.Finding.Resource.Address, s.Finding.Range, s.By.Rules, s.By.Reason, s.By.Range))
		}
		for _, d := range res.Diagnostics {
			o.Diagnostics = append(o.Diagnostics, fmt.Sprintf("%v %s %s %v", d.Severity, d.Summary, d.Detail, d.Range))
		}
		return o
	}
	before := commentsLaterStarted.Load()
	want := sum(scan(1))
	if commentsLaterStarted.Load() != before {
		t.Fatal("with one worker, the comments were read on a goroutine of their own")
	}
	if len(want.Suppressed) < 100 || len(want.Findings) < 100 || len(want.Diagnostics) < 100 {
		t.Fatalf("%d findings, %d silenced, %d diagnostics: the test says little", len(want.Findings), len(want.Suppressed), len(want.Diagnostics))
	}
	for _, workers := range []int{2, 4} {
		before := commentsLaterStarted.Load()
		got := sum(scan(workers))
		if commentsLaterStarted.Load() == before {
			t.Fatalf("with %d workers, the comments were not read on a goroutine of their own", workers)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("with %d workers the scan differs from one worker's", workers)
		}
	}
}
