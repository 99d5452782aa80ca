package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestStamp(t *testing.T) {
	withVCS := &debug.BuildInfo{
		Main: debug.Module{Version: "(devel)"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"},
			{Key: "vcs.time", Value: "2026-11-28T10:00:00Z"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	installed := &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}
	tests := []struct {
		name          string
		v, c, d       string
		bi            *debug.BuildInfo
		want          buildStamp
		wantInVersion []string
	}{
		{"ldflags win", "v1.2.3", "deadbeef", "2026-12-01T00:00:00Z", withVCS,
			buildStamp{Version: "v1.2.3", Commit: "deadbeef", Date: "2026-12-01T00:00:00Z"},
			[]string{"soc2lint v1.2.3\n", "commit:     deadbeef\n", "built:      2026-12-01T00:00:00Z\n"}},
		{"go install @version", "", "", "", installed,
			buildStamp{Version: "v1.4.0"},
			[]string{"soc2lint v1.4.0\n", "commit:     unknown\n", "built:      unknown\n"}},
		{"checkout build", "", "", "", withVCS,
			buildStamp{Version: devVersion, Commit: "abc123", Date: "2026-11-28T10:00:00Z", Modified: true},
			[]string{"soc2lint 0.0.0-dev\n", "commit:     abc123 (modified)\n", "built:      2026-11-28T10:00:00Z\n"}},
		{"nothing known", "", "", "", nil,
			buildStamp{Version: devVersion},
			[]string{"soc2lint 0.0.0-dev\n", "go:         go1."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := stampFrom(tt.v, tt.c, tt.d, tt.bi)
			if got != tt.want {
				t.Errorf("stamp %+v, want %+v", got, tt.want)
			}
			var b bytes.Buffer
			writeVersion(&b, got)
			for _, w := range tt.wantInVersion {
				if !strings.Contains(b.String(), w) {
					t.Errorf("version output lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

// TestVersionStamp builds soc2lint as the release build does, with the
// version, commit and date in -ldflags, and checks that `soc2lint version`
// prints them and that the SARIF and JSON reports carry the version.
func TestVersionStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "soc2lint")
	ldflags := "-X main.version=v1.2.3 -X main.commit=0123456789abcdef -X main.date=2026-12-01T12:00:00Z"
	if out, err := exec.Command("go", "build", "-trimpath", "-ldflags", ldflags, "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"soc2lint v1.2.3\n", "commit:     0123456789abcdef\n", "built:      2026-12-01T12:00:00Z\n"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("soc2lint version lacks %q:\n%s", w, out)
		}
	}
	sarifOut, _ := exec.Command(bin, "lint", "--format", "sarif", "--exit-zero", td+"clean").Output()
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Version, SemanticVersion string
				}
			}
		}
	}
	if err := json.Unmarshal(sarifOut, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF: %v\n%s", err, sarifOut)
	}
	if d := log.Runs[0].Tool.Driver; d.Version != "1.2.3" || d.SemanticVersion != "1.2.3" {
		t.Errorf("SARIF tool.driver version %q, semanticVersion %q; want 1.2.3", d.Version, d.SemanticVersion)
	}
	jsonOut, _ := exec.Command(bin, "lint", "--format", "json", "--exit-zero", td+"clean").Output()
	if !bytes.Contains(jsonOut, []byte(`"v1.2.3"`)) {
		t.Errorf("JSON report does not carry the version:\n%.400s", jsonOut)
	}
	_ = os.Remove(bin)
}
