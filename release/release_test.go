package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"debug/elf"
	"debug/pe"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestArchiveNames(t *testing.T) {
	for _, tt := range []struct{ version, goos, goarch, want string }{
		{"v1.2.3", "linux", "amd64", "soc2lint_1.2.3_linux_amd64.tar.gz"},
		{"1.2.3", "darwin", "arm64", "soc2lint_1.2.3_darwin_arm64.tar.gz"},
		{"v0.4.0-rc.1", "windows", "amd64", "soc2lint_0.4.0-rc.1_windows_amd64.zip"},
	} {
		if got := ArchiveName(tt.version, tt.goos, tt.goarch); got != tt.want {
			t.Errorf("ArchiveName(%q, %q, %q) = %q, want %q", tt.version, tt.goos, tt.goarch, got, tt.want)
		}
	}
	if got := ChecksumsName("v1.2.3"); got != "soc2lint_1.2.3_checksums.txt" {
		t.Errorf("ChecksumsName = %q", got)
	}
}

// TestArchivesAreReproducible writes the same files twice, in archives of
// both kinds, and checks the bytes and the fixed metadata. It runs quickly
// and catches what makes archives differ (times, owners, order).
func TestArchivesAreReproducible(t *testing.T) {
	files := []archiveFile{{name: "soc2lint", mode: 0o755, data: []byte("binary")}, {name: "LICENSE", mode: 0o644, data: []byte("licence")}}
	when := time.Date(2026, 11, 28, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	for _, write := range []func(io.Writer, []archiveFile, time.Time) error{writeTarGz, writeZip} {
		var a, b bytes.Buffer
		if err := write(&a, files, when); err != nil {
			t.Fatal(err)
		}
		time.Sleep(1100 * time.Millisecond) // a wall-clock time would now differ
		if err := write(&b, files, when); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Error("two archives of the same files differ")
		}
	}
}

// TestReleaseBuild runs the release build twice for two platforms (a
// tar.gz and a zip) and checks that the outputs are byte-identical, named
// as GoReleaser names them, listed in the checksum file, and hold a static,
// stamped binary with the licence, readme and changelog. CI runs it.
func TestReleaseBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles soc2lint twice")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	commit := "0123456789abcdef0123456789abcdef01234567"
	date := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	targets := []string{"linux/" + runtime.GOARCH, "windows/amd64"}
	build := func() string {
		out := t.TempDir()
		err := Build(Options{Root: root, Out: out, Version: "v1.2.3", Commit: commit, Date: date, Targets: targets})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	first, second := build(), build()

	want := []string{
		"soc2lint_1.2.3_checksums.txt",
		"soc2lint_1.2.3_linux_" + runtime.GOARCH + ".tar.gz",
		"soc2lint_1.2.3_windows_amd64.zip",
	}
	entries, _ := os.ReadDir(first)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("release files %v, want %v", got, want)
	}
	sums, _ := os.ReadFile(filepath.Join(first, want[0]))
	for _, name := range want {
		a, _ := os.ReadFile(filepath.Join(first, name))
		b, _ := os.ReadFile(filepath.Join(second, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two builds of the same commit", name)
		}
		if name != want[0] {
			line := fmt.Sprintf("%x  %s\n", sha256.Sum256(a), name)
			if !strings.Contains(string(sums), line) {
				t.Errorf("checksum file lacks %q:\n%s", line, sums)
			}
		}
	}

	// The Linux archive: entries, metadata, a static binary that runs.
	tgz := readTarGz(t, filepath.Join(first, want[1]))
	if names := strings.Join(tgz.names, " "); names != "soc2lint LICENSE README.md CHANGELOG.md" {
		t.Errorf("tar entries %q", names)
	}
	for _, h := range tgz.headers {
		if !h.ModTime.Equal(date) || h.Uid != 0 || h.Gid != 0 || h.Uname != "root" {
			t.Errorf("%s: time %v, owner %d:%d %q; want the commit time, root", h.Name, h.ModTime, h.Uid, h.Gid, h.Uname)
		}
	}
	if tgz.headers[0].Mode != 0o755 || tgz.headers[1].Mode != 0o644 {
		t.Errorf("modes %o %o, want 755 644", tgz.headers[0].Mode, tgz.headers[1].Mode)
	}
	bin := filepath.Join(t.TempDir(), "soc2lint")
	if err := os.WriteFile(bin, tgz.data["soc2lint"], 0o755); err != nil {
		t.Fatal(err)
	}
	ef, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ef.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the Linux binary is dynamically linked (has an interpreter): CGO_ENABLED=0 missing?")
		}
	}
	ef.Close()
	if runtime.GOOS == "linux" {
		out, err := exec.Command(bin, "version").Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"soc2lint v1.2.3\n", "commit:     " + commit, "built:      2026-11-28T10:00:00Z"} {
			if !strings.Contains(string(out), w) {
				t.Errorf("version output lacks %q:\n%s", w, out)
			}
		}
	}
	if mod, err := exec.Command("go", "version", "-m", bin).Output(); err == nil {
		for _, w := range []string{"-trimpath=true", "CGO_ENABLED=0"} {
			if !strings.Contains(string(mod), w) {
				t.Errorf("build settings lack %s:\n%s", w, mod)
			}
		}
	}

	// The Windows archive: a zip with the .exe, same metadata rules.
	zr, err := zip.OpenReader(filepath.Join(first, want[2]))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var znames []string
	for _, f := range zr.File {
		znames = append(znames, f.Name)
		if !f.Modified.Equal(date) {
			t.Errorf("%s: time %v, want %v", f.Name, f.Modified, date)
		}
	}
	if got := strings.Join(znames, " "); got != "soc2lint.exe LICENSE README.md CHANGELOG.md" {
		t.Errorf("zip entries %q", got)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := io.ReadAll(rc)
	rc.Close()
	if pf, err := pe.NewFile(bytes.NewReader(exe)); err != nil {
		t.Errorf("soc2lint.exe is not a PE file: %v", err)
	} else {
		pf.Close()
	}
}

type tarContents struct {
	names   []string
	headers []*tar.Header
	data    map[string][]byte
}

func readTarGz(t *testing.T, path string) tarContents {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	c := tarContents{data: map[string][]byte{}}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(tr)
		c.names = append(c.names, h.Name)
		c.headers = append(c.headers, h)
		c.data[h.Name] = data
	}
	if len(c.headers) < 2 {
		t.Fatalf("%s holds %d entries", path, len(c.headers))
	}
	return c
}
