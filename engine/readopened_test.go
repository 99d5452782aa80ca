package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReadOpenedAsReadFile: openFile and readOpened give os.ReadFile's
// bytes and errors, for files around its buffer sizes, for a size that
// is stale (the file grew or shrank after its size was read) and into a
// buffer reused.
func TestReadOpenedAsReadFile(t *testing.T) {
	dir := t.TempDir()
	// A buffer too small for the larger files, then reused.
	buf := make([]byte, 0, 600)
	for _, n := range []int{0, 1, 100, 511, 512, 513, 1023, 1024, 4096, 70000} {
		data := bytes.Repeat([]byte("abcdefghij\n"), n/11+1)[:n]
		p := filepath.Join(dir, "f")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, stale := range []int64{-1, 0, 3, int64(n) / 2, int64(n) + 700} {
			size := int64(n)
			if stale >= 0 {
				size = stale
			}
			f, err := openFile(p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readOpened(f, size, buf)
			f.close()
			want, _ := os.ReadFile(p)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%d bytes, size %d: readOpened gave %d bytes, %v; os.ReadFile %d", n, size, len(got), err, len(want))
			}
		}
	}
	// Errors are os.Open's and os.File.Read's, word for word.
	missing := filepath.Join(dir, "missing")
	_, err := openFile(missing)
	_, want := os.Open(missing)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("missing file: openFile error %v, os.Open's %v", err, want)
	}
	// A directory opens but cannot be read: the error is the read's.
	f, err := openFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.close()
	_, err = readOpened(f, 0, nil)
	_, want = os.ReadFile(dir)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("directory: readOpened error %v, os.ReadFile's %v", err, want)
	}
}
