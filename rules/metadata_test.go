package rules

import (
	"path"
	"testing"
)

// TestMetadataFiles keeps the metadata files and the registry in step:
// a rule's entry is in a file of its provider's package, and every entry
// names a registered rule of that provider.
func TestMetadataFiles(t *testing.T) {
	all, err := metadata()
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]string{}
	for _, r := range All() {
		registered[r.ID] = r.Provider
		m, ok := all[r.ID]
		switch {
		case !ok:
			// Not yet moved out of the Go literal (TestMetadata checks it
			// has a title and the rest).
		case path.Dir(m.file) != r.Provider:
			t.Errorf("%s: described in rules/%s, outside its provider's package", r.ID, m.file)
		}
	}
	for id, m := range all {
		if _, ok := registered[id]; !ok {
			t.Errorf("rules/%s: %s is not a registered rule", m.file, id)
		}
	}
}
