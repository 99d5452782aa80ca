package azure

import (
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// tagKeys is what is known of the tag keys a resource will carry. Keys are
// compared case-insensitively, as Azure compares tag names.
type tagKeys struct {
	keys map[string]bool // lower-cased
	// unknown is set when some keys cannot be known statically: every key
	// then counts as present, since an unknown value is never reported.
	unknown bool
}

func newTagKeys() *tagKeys { return &tagKeys{keys: map[string]bool{}} }

// add adds the keys of a tag map. Absent or null adds nothing; anything
// else not known makes the set unknown.
func (t *tagKeys) add(v *parser.Value) {
	switch {
	case v == nil || v.Kind == parser.Null:
	case v.Kind == parser.Object:
		for k := range v.Attrs {
			t.keys[strings.ToLower(k)] = true
		}
	default:
		t.unknown = true
	}
}

// missing returns the required keys the set lacks, in the order given.
func (t *tagKeys) missing(required []string) []string {
	if t.unknown {
		return nil
	}
	var out []string
	for _, k := range required {
		if !t.keys[strings.ToLower(k)] {
			out = append(out, k)
		}
	}
	return out
}

// requiredTagKeys returns the configured required tag keys without blanks
// and without duplicates that differ only in case.
func requiredTagKeys(p *engine.Pass) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range p.Settings().RequiredTags {
		k = strings.TrimSpace(k)
		if k == "" || seen[strings.ToLower(k)] {
			continue
		}
		seen[strings.ToLower(k)] = true
		out = append(out, k)
	}
	return out
}

// reportMissingTags reports res at its tag value when one is written, or
// at the resource when it declares none.
func reportMissingTags(p *engine.Pass, res *parser.Resource, written *parser.Value, missing []string) {
	list := strings.Join(missing, ", ")
	tag := "tags"
	if len(missing) == 1 {
		tag = "tag"
	}
	if written == nil || written.Kind == parser.Null {
		p.Report(res, nil, "%s declares no tags: required %s %s missing", res.Address, tag, list)
		return
	}
	p.Report(res, written, "%s lacks the required %s %s", res.Address, tag, list)
}

// taggableTypes returns the curated types plus every type of which some
// resource accepted by keep writes attr as a map (or null, or unknown).
func taggableTypes(p *engine.Pass, curated []string, keep func(*parser.Resource) bool, attr string) []string {
	set := map[string]bool{}
	for _, t := range curated {
		set[t] = true
	}
	for _, r := range p.Graph().Resources() {
		if r.Data || r.Kind != "" || set[r.Type] || !keep(r) {
			continue
		}
		if v := r.Body.Get(attr); v != nil && (v.Kind == parser.Object || v.Kind == parser.Null || v.Kind == parser.Unknown) {
			set[r.Type] = true
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
