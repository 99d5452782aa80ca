// Package tagging holds what the required-tags rules (AWS-050, AZURE-050,
// GCP-050) share: reading tag and label keys, the configured keys, and the
// types that can carry tags.
package tagging

import (
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Keys is what is known of the tag (label) keys a resource will carry.
// Keys are compared case-insensitively.
type Keys struct {
	keys map[string]bool // lower-cased
	// hidden is set when some keys cannot be known statically (an unknown
	// map, a tag whose key is unknown, a parent not in the scan): a
	// missing key is then undecided, not a finding. at is the value that
	// hides them, when there is one, and why says why when at cannot.
	hidden bool
	at     *parser.Value
	why    string
}

// NewKeys returns an empty key set.
func NewKeys() *Keys { return &Keys{keys: map[string]bool{}} }

// Hide records that some keys cannot be known: at is the value that hides
// them (nil when none does), why says why when at is nil. The first
// reason is kept.
func (t *Keys) Hide(at *parser.Value, why string) {
	if t.hidden {
		return
	}
	t.hidden, t.at, t.why = true, at, why
}

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
				t.Hide(v, "an intrinsic function left unresolved")
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
					t.Hide(k, "a tag key is not known statically")
				}
			default:
				t.Hide(e, "")
			}
		}
	default:
		t.Hide(v, "")
	}
}

// Missing returns the required keys the set is not known to hold, in the
// order given.
func (t *Keys) Missing(required []string) []string {
	var out []string
	for _, k := range required {
		if !t.keys[strings.ToLower(k)] {
			out = append(out, k)
		}
	}
	return out
}

// Configured reports whether required tags are set: only then do the
// tagging rules read anything (engine.Rule.ReadsIf).
func Configured(s engine.Settings) bool {
	for _, k := range s.RequiredTags {
		if strings.TrimSpace(k) != "" {
			return true
		}
	}
	return false
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

// Judge reports res when keys lack required keys: a finding at its tag
// value when one is written, or at the resource when it declares none; an
// undecided note instead when some of its keys cannot be known. noun is
// "tags" or "labels".
func Judge(p *engine.Pass, res *parser.Resource, keys *Keys, written *parser.Value, noun string, required []string) {
	missing := keys.Missing(required)
	if len(missing) == 0 {
		return
	}
	if keys.hidden {
		detail := parser.Unknowable(keys.at, noun).Detail
		if keys.why != "" && (keys.at == nil || keys.at.Why() == "") {
			detail = noun + ": " + keys.why
		}
		tag := noun
		if len(missing) == 1 {
			tag = strings.TrimSuffix(noun, "s")
		}
		p.CannotTell(res, keys.at, detail+"; the known "+noun+" lack the required "+tag+" "+strings.Join(missing, ", "))
		return
	}
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
			switch {
			case v.Kind == parser.Object, v.IsNull(), setting.Unknown(v) != nil:
				set[r.Type] = true
			case v.Kind == parser.List && r.Format == parser.CloudFormation:
				set[r.Type] = true
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

// Rule returns the required-tags rule id of a provider, judged by spec.
// The taggable types are those some resource anywhere in the scan writes
// tags on, so with required tags set the rule reads everything; without,
// it reads nothing.
func Rule(id string, spec Spec) *engine.Rule {
	return &engine.Rule{
		ID:      id,
		Scope:   engine.AcrossRoots,
		Reads:   []string{engine.ReadsAll},
		ReadsIf: Configured,
		Check:   spec.Check,
	}
}

// Spec is a cloud's required-tags rule: which resources carry tags, and
// how to read the keys one of them will carry.
type Spec struct {
	// Noun is what the cloud calls them: "tags" or "labels".
	Noun string
	// Curated are the taggable types checked even when no resource of
	// them writes tags; Keep accepts the cloud's resources, and Attrs
	// names the attributes that hold a resource's tags (see Types).
	Curated []string
	Keep    func(*parser.Resource) bool
	Attrs   func(*parser.Resource) []string
	// Read adds to keys what res will carry and returns the written tag
	// value (where a finding points), or judge false to leave res alone.
	Read func(p *engine.Pass, res *parser.Resource, keys *Keys) (written *parser.Value, judge bool)
}

// Check judges every taggable resource against the configured required
// keys; without any, the rule says it is not configured.
func (s Spec) Check(p *engine.Pass) {
	required := Required(p)
	if len(required) == 0 {
		p.NotConfigured("no required-tags in .soc2lint.yaml: list the tag keys every resource must carry")
		return
	}
	for _, res := range p.ResourcesOfType(Types(p, s.Curated, s.Keep, s.Attrs)...) {
		if !s.Keep(res) || !p.BodyKnown(res) {
			continue
		}
		keys := NewKeys()
		if written, judge := s.Read(p, res, keys); judge {
			Judge(p, res, keys, written, s.Noun, required)
		}
	}
}

// Providers returns p.Providers(res, name) once per module instance:
// every resource of one module instance using one provider configuration
// has the same ones.
func Providers(p *engine.Pass, res *parser.Resource, name string) []*parser.Resource {
	key := "tag-providers\x00" + name + "\x00" + res.Root + "\x00" + res.Scope + "\x00" + res.Provider
	return engine.Memo(p, key, func() []*parser.Resource { return p.Providers(res, name) })
}

// AddDefaults adds the default tags (labels) attr of a provider
// configuration, as Terraform merges them into every resource: the
// attribute itself (google's default_labels) or, when block is set, the
// tags of its nested block (aws's default_tags { tags = ... }).
func AddDefaults(keys *Keys, prov *parser.Resource, attr, block string) {
	b := prov.Body
	if b == nil {
		return
	}
	if u := setting.Unknown(b); u != nil {
		keys.Hide(u, "")
		return
	}
	v := b.Get(attr)
	if block == "" {
		keys.Add(v)
		return
	}
	if u := setting.Unknown(v); u != nil {
		keys.Hide(u, "")
		return
	}
	for _, item := range v.Items() {
		if u := setting.Unknown(item); u != nil {
			keys.Hide(u, "")
			continue
		}
		keys.Add(item.Get(block))
	}
}
