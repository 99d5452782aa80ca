// Package tagging holds what the required-tags rules (AWS-050, AZURE-050,
// GCP-050) share: reading tag and label keys, the configured keys, and the
// types that can carry tags.
package tagging

import (
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Keys is what is known of the tag (label) keys a resource will carry.
// Keys are compared case-insensitively.
type Keys struct {
	keys map[string]bool // lower-cased
	// Unknown is set when some keys cannot be known statically (an
	// unknown map, a tag whose key is unknown): every key then counts as
	// present, since an unknown value is never reported.
	Unknown bool
}

// NewKeys returns an empty key set.
func NewKeys() *Keys { return &Keys{keys: map[string]bool{}} }

// Add adds the keys of a tag value: a map (Terraform tags, CloudFormation
// Json tags) or a list of {Key, Value} (CloudFormation). Absent or null
// adds nothing; anything else not known makes the set unknown.
func (t *Keys) Add(v *parser.Value) {
	if v == nil || v.Kind == parser.Null {
		return
	}
	switch v.Kind {
	case parser.Object:
		for k := range v.Attrs {
			if strings.HasPrefix(k, "Fn::") || k == "Ref" {
				// An intrinsic function left unresolved.
				t.Unknown = true
				return
			}
			t.keys[strings.ToLower(k)] = true
		}
	case parser.List:
		for _, e := range v.Elems {
			switch {
			case e == nil || e.Kind == parser.Null:
			case e.Kind == parser.Object:
				k := e.Get("Key")
				if k == nil {
					k = e.Get("key")
				}
				if s, ok := k.AsString(); ok {
					t.keys[strings.ToLower(s)] = true
				} else {
					t.Unknown = true
				}
			default:
				t.Unknown = true
			}
		}
	default:
		t.Unknown = true
	}
}

// Missing returns the required keys the set lacks, in the order given.
func (t *Keys) Missing(required []string) []string {
	if t.Unknown {
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

// Required returns the configured required tag keys without blanks
// and without duplicates that differ only in case.
func Required(p *engine.Pass) []string {
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

// Report reports res at its tag value when one is written, or at the
// resource when it declares none. noun is "tags" or "labels".
func Report(p *engine.Pass, res *parser.Resource, written *parser.Value, noun string, missing []string) {
	list := strings.Join(missing, ", ")
	tag := noun
	if len(missing) == 1 {
		tag = strings.TrimSuffix(noun, "s")
	}
	if written == nil || written.Kind == parser.Null {
		p.Report(res, nil, "%s declares no %s: required %s %s missing", res.Address, noun, tag, list)
		return
	}
	p.Report(res, written, "%s lacks the required %s %s", res.Address, tag, list)
}

// Types returns the curated types plus every type of which some
// resource writes one of attrs with a value that can hold tags (a map, a
// list for CloudFormation, null or unknown), among resources accepted by
// keep.
func Types(p *engine.Pass, curated []string, keep func(*parser.Resource) bool, attrs func(*parser.Resource) []string) []string {
	set := map[string]bool{}
	for _, t := range curated {
		set[t] = true
	}
	for _, r := range p.All() {
		if r.Data || r.Kind != "" || set[r.Type] || !keep(r) {
			continue
		}
		for _, a := range attrs(r) {
			v := r.Body.Get(a)
			if v == nil {
				continue
			}
			switch v.Kind {
			case parser.Object, parser.Null, parser.Unknown:
				set[r.Type] = true
			case parser.List:
				if r.Format == parser.CloudFormation {
					set[r.Type] = true
				}
			}
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Attr returns an attrs function for Types that always names attr.
func Attr(attr string) func(*parser.Resource) []string {
	return func(*parser.Resource) []string { return []string{attr} }
}
