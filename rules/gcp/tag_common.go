package gcp

import (
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// labelKeys is what is known of the label keys a resource will carry.
// Keys are compared case-insensitively.
type labelKeys struct {
	keys map[string]bool // lower-cased
	// unknown is set when some keys cannot be known statically: every key
	// then counts as present, since an unknown value is never reported.
	unknown bool
}

func newLabelKeys() *labelKeys { return &labelKeys{keys: map[string]bool{}} }

// add adds the keys of a label map. Absent or null adds nothing; anything
// else not known makes the set unknown.
func (l *labelKeys) add(v *parser.Value) {
	switch {
	case v == nil || v.Kind == parser.Null:
	case v.Kind == parser.Object:
		for k := range v.Attrs {
			l.keys[strings.ToLower(k)] = true
		}
	default:
		l.unknown = true
	}
}

// missing returns the required keys the set lacks, in the order given.
func (l *labelKeys) missing(required []string) []string {
	if l.unknown {
		return nil
	}
	var out []string
	for _, k := range required {
		if !l.keys[strings.ToLower(k)] {
			out = append(out, k)
		}
	}
	return out
}

// requiredLabelKeys returns the configured required tag keys without
// blanks and without duplicates that differ only in case.
func requiredLabelKeys(p *engine.Pass) []string {
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

// reportMissingLabels reports res at its label value when one is written,
// or at the resource when it declares none.
func reportMissingLabels(p *engine.Pass, res *parser.Resource, written *parser.Value, missing []string) {
	list := strings.Join(missing, ", ")
	label := "labels"
	if len(missing) == 1 {
		label = "label"
	}
	if written == nil || written.Kind == parser.Null {
		p.Report(res, nil, "%s declares no labels: required %s %s missing", res.Address, label, list)
		return
	}
	p.Report(res, written, "%s lacks the required %s %s", res.Address, label, list)
}

// labelTypes returns the curated types plus every type of which some
// resource accepted by keep writes attr as a map (or null, or unknown).
func labelTypes(p *engine.Pass, curated []string, keep func(*parser.Resource) bool, attr string) []string {
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
