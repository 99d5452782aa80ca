package engine

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestReadOpenedAsReadFile: readOpened gives os.ReadFile's bytes, for
// files around its buffer sizes and for a size that is stale (the file
// grew or shrank after its size was read).
func TestReadOpenedAsReadFile(t *testing.T) {
	dir := t.TempDir()
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
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readOpened(f, size)
			f.Close()
			want, _ := os.ReadFile(p)
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("%d bytes, size %d: readOpened gave %d bytes, %v; os.ReadFile %d", n, size, len(got), err, len(want))
			}
		}
	}
	// A directory opens but cannot be read: the error is the read's.
	f, err := os.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, err = readOpened(f, 0)
	_, want := os.ReadFile(dir)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("directory: readOpened error %v, os.ReadFile's %v", err, want)
	}
}
