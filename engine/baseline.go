package engine

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"

	"github.com/soc2lint/soc2lint/parser"
)

// BaselineVersion is the version of the baseline file format written.
// Version 1 fingerprinted the message (which lists instances, so adding
// an instance broke the match); version 2 uses Fingerprint. Both are read.
const BaselineVersion = FingerprintVersion

// Baseline is a recorded set of accepted findings: a team adopting soc2lint
// on an existing code base records today's findings once and from then on
// sees only new ones. Entries are matched by Fingerprint (rule, file,
// resource without instance keys, attribute path), so they survive lines
// moving, rewording and new instances; paths are relative
// to the baseline file's directory, so the file works from any working
// directory.
type Baseline struct {
	Version int             `json:"version"`
	Tool    string          `json:"tool"`
	Entries []BaselineEntry `json:"findings"`

	// dir is the absolute directory of the baseline file.
	dir string
	// path is the file, as given.
	path string
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	Rule      string `json:"rule"`
	File      string `json:"file"`
	Resource  string `json:"resource"`
	Attribute string `json:"attribute,omitempty"`
	// Message is for the reader; it is not matched (version 1 matched it).
	Message     string `json:"message"`
	Fingerprint string `json:"fingerprint"`
}

// relTo returns the finding's file relative to dir, or its path as
// reported when that fails.
func relTo(dir, file string) string {
	if dir == "" || file == "" {
		return filepath.ToSlash(file)
	}
	abs, err := filepath.Abs(filepath.FromSlash(file))
	if err != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(rel)
}

// entryFor is the baseline entry of f for a baseline in dir, with the
// fingerprint of the given baseline version.
func entryFor(f *Finding, dir string, version int) BaselineEntry {
	file := f.Range.File
	if file == "" && f.Resource != nil {
		file = f.Resource.Range.File
	}
	rel := relTo(dir, file)
	addr := ""
	if f.Resource != nil {
		addr = f.Resource.Address
	}
	if version == 1 {
		return BaselineEntry{Rule: f.Rule.ID, File: rel, Resource: addr, Message: f.Text(), Fingerprint: migratedV1(f.Rule.ID, rel, addr, f.textOfOne())}
	}
	ff := *f
	if ff.Resource != nil && ff.Resource.Type == AccountType {
		// The root, relative to the baseline like every path.
		r := *ff.Resource
		r.Root = relTo(dir, r.Root)
		ff.Resource = &r
	}
	return BaselineEntry{Rule: f.Rule.ID, File: rel, Resource: StableAddress(f), Attribute: f.Attr, Message: f.Text(), Fingerprint: Fingerprint(&ff, rel)[:32]}
}

// NewBaseline records findings in a baseline to be written at path.
func NewBaseline(path string, findings []Finding) (*Baseline, error) {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	b := &Baseline{Version: BaselineVersion, Tool: "soc2lint", Entries: []BaselineEntry{}, dir: dir, path: path}
	for i := range findings {
		b.Entries = append(b.Entries, entryFor(&findings[i], dir, BaselineVersion))
	}
	sort.SliceStable(b.Entries, func(i, j int) bool {
		x, y := b.Entries[i], b.Entries[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Rule != y.Rule {
			return x.Rule < y.Rule
		}
		if x.Resource != y.Resource {
			return x.Resource < y.Resource
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b, nil
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline parses a baseline file read from path.
func ReadBaseline(path string, data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a soc2lint baseline: %v", path, err)
	}
	if b.Version != 1 && b.Version != BaselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want 1 or %d (write a new one with --write-baseline)", path, b.Version, BaselineVersion)
	}
	for i, e := range b.Entries {
		if e.Fingerprint == "" || e.Rule == "" {
			return nil, fmt.Errorf("%s: entry %d has no rule or fingerprint", path, i+1)
		}
	}
	if b.Version == 1 {
		// Migrate on read: version 1 hashed the message, which names every
		// instance. Match by the recorded fields instead, without instance
		// keys and lists, so that an instance added since still matches.
		for i := range b.Entries {
			e := &b.Entries[i]
			e.Fingerprint = migratedV1(e.Rule, e.File, e.Resource, e.Message)
		}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	b.dir, b.path = dir, path
	return &b, nil
}

// Apply moves the findings the baseline records from res.Findings to
// res.Suppressed (kind "baseline"), each entry matching at most one
// finding, and notes how many entries matched nothing, which means those
// findings were fixed and the baseline can be refreshed.
func (b *Baseline) Apply(res *Result) {
	left := map[string]int{}
	for _, e := range b.Entries {
		left[e.Fingerprint]++
	}
	by := &Suppression{Kind: ByBaseline, Reason: "recorded in the baseline " + filepath.ToSlash(b.path), Range: parser.Range{File: filepath.ToSlash(b.path)}}
	var kept []Finding
	for _, f := range res.Findings {
		if fp := b.recorded(&f, left); fp != "" {
			left[fp]--
			res.Suppressed = append(res.Suppressed, Suppressed{Finding: f, By: by})
			continue
		}
		kept = append(kept, f)
	}
	res.Findings = kept
	if b.Version < BaselineVersion {
		res.Diagnostics = sortDiagnostics(append(res.Diagnostics, parser.Diagnostic{
			Severity: parser.SevNote, Summary: "old baseline format",
			Detail: fmt.Sprintf("the baseline is version %d, matched by message, which changes when instances are added; it still applies, and --write-baseline rewrites it as version %d, matched by rule, file, resource and attribute",
				b.Version, BaselineVersion),
			Range: parser.Range{File: filepath.ToSlash(b.path)},
		}))
	}
	stale := 0
	for _, n := range left {
		stale += n
	}
	if stale > 0 {
		res.Diagnostics = sortDiagnostics(append(res.Diagnostics, parser.Diagnostic{
			Severity: parser.SevNote, Summary: "baseline entries without a finding",
			Detail: fmt.Sprintf("%d of the %d findings recorded in the baseline are gone (fixed, or their code moved to another file); run again with --write-baseline to refresh it",
				stale, len(b.Entries)),
			Range: parser.Range{File: filepath.ToSlash(b.path)},
		}))
	}
}

// recorded returns the fingerprint of an entry left that records f: under
// its rule's id, or under an id the rule held before (Rule.Formerly), so
// that a baseline written before a rule was folded into another still
// applies. It returns "" when none does.
func (b *Baseline) recorded(f *Finding, left map[string]int) string {
	if fp := entryFor(f, b.dir, b.Version).Fingerprint; left[fp] > 0 {
		return fp
	}
	for _, id := range f.Rule.Formerly {
		r := *f.Rule
		r.ID = id
		old := *f
		old.Rule = &r
		if fp := entryFor(&old, b.dir, b.Version).Fingerprint; left[fp] > 0 {
			return fp
		}
	}
	return ""
}

// instanceList is the " (N instances: ...)" suffix that Finding.Text adds
// and version 1 baselines recorded in their messages.
var instanceList = regexp.MustCompile(`^(.*) \([0-9]+ instances: .*\)$`)

// migratedV1 is the key a version 1 baseline entry is matched by: rule,
// file, address without instance keys, and message without the instance
// list.
func migratedV1(rule, file, address, message string) string {
	if m := instanceList.FindStringSubmatch(message); m != nil {
		message = m[1]
	}
	return "v1:" + hashParts(rule, file, stripInstanceKeys(address), message)[:32]
}
