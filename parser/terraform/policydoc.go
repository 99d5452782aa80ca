package terraform

import (
	"bytes"
	"encoding/json"
	"sort"

	"github.com/soc2lint/soc2lint/parser"
)

// policyDoc is a rendered aws_iam_policy_document.
type policyDoc struct {
	indented, minified string
}

// The JSON shapes of an IAM policy, with keys in the order AWS documents
// them. Action, Resource and principal values are a string when there is
// one and a list otherwise.
type iamPolicy struct {
	Version   string         `json:"Version,omitempty"`
	ID        string         `json:"Id,omitempty"`
	Statement []iamStatement `json:"Statement"`
}

type iamStatement struct {
	Sid          string                    `json:"Sid,omitempty"`
	Effect       string                    `json:"Effect,omitempty"`
	Action       any                       `json:"Action,omitempty"`
	NotAction    any                       `json:"NotAction,omitempty"`
	Resource     any                       `json:"Resource,omitempty"`
	NotResource  any                       `json:"NotResource,omitempty"`
	Principal    any                       `json:"Principal,omitempty"`
	NotPrincipal any                       `json:"NotPrincipal,omitempty"`
	Condition    map[string]map[string]any `json:"Condition,omitempty"`
}

// renderPolicyDocument computes the json attribute of an
// aws_iam_policy_document data source from its arguments. It fails (ok is
// false) when any part that shapes the document is unknown.
func renderPolicyDocument(body *parser.Value) (policyDoc, bool) {
	pol := iamPolicy{Version: "2012-10-17"}
	if v, ok := body.Get("version").AsString(); ok {
		pol.Version = v
	}
	if v, ok := body.Get("policy_id").AsString(); ok {
		pol.ID = v
	}
	// source_policy_documents come first; this document's statements
	// replace theirs by Sid; override_policy_documents replace or append last.
	for _, src := range body.Get("source_policy_documents").Items() {
		sts, ok := decodeStatements(src)
		if !ok {
			return policyDoc{}, false
		}
		pol.Statement = mergeStatements(pol.Statement, sts)
	}
	var own []iamStatement
	for _, st := range body.Get("statement").Items() {
		s, ok := renderStatement(st)
		if !ok {
			return policyDoc{}, false
		}
		own = append(own, s)
	}
	pol.Statement = mergeStatements(pol.Statement, own)
	for _, ov := range body.Get("override_policy_documents").Items() {
		sts, ok := decodeStatements(ov)
		if !ok {
			return policyDoc{}, false
		}
		pol.Statement = mergeStatements(pol.Statement, sts)
	}
	if pol.Statement == nil {
		pol.Statement = []iamStatement{}
	}
	ind, err1 := marshalNoEscape(pol, "  ")
	min, err2 := marshalNoEscape(pol, "")
	if err1 != nil || err2 != nil {
		return policyDoc{}, false
	}
	return policyDoc{indented: ind, minified: min}, true
}

func marshalNoEscape(v any, indent string) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return string(bytes.TrimRight(buf.Bytes(), "\n")), nil
}

// mergeStatements adds sts to base: a statement with a Sid that base
// already has replaces it, any other is appended.
func mergeStatements(base, sts []iamStatement) []iamStatement {
	for _, s := range sts {
		replaced := false
		if s.Sid != "" {
			for i := range base {
				if base[i].Sid == s.Sid {
					base[i], replaced = s, true
					break
				}
			}
		}
		if !replaced {
			base = append(base, s)
		}
	}
	return base
}

func decodeStatements(v *parser.Value) ([]iamStatement, bool) {
	s, ok := v.AsString()
	if !ok || v.Kind != parser.String {
		return nil, false
	}
	var doc struct {
		Statement json.RawMessage
	}
	if json.Unmarshal([]byte(s), &doc) != nil {
		return nil, false
	}
	var sts []iamStatement
	if json.Unmarshal(doc.Statement, &sts) == nil {
		return sts, true
	}
	var one iamStatement
	if json.Unmarshal(doc.Statement, &one) == nil {
		return []iamStatement{one}, true
	}
	return nil, false
}

func renderStatement(st *parser.Value) (iamStatement, bool) {
	out := iamStatement{Effect: "Allow"}
	if !st.IsKnown() {
		return out, false
	}
	if e := st.Get("effect"); e != nil {
		s, ok := e.AsString()
		if !ok {
			return out, false
		}
		out.Effect = s
	}
	if sid := st.Get("sid"); sid != nil {
		s, ok := sid.AsString()
		if !ok && sid.Kind != parser.Null {
			return out, false
		}
		out.Sid = s
	}
	var ok bool
	lists := []struct {
		attr string
		dst  *any
	}{{"actions", &out.Action}, {"not_actions", &out.NotAction}, {"resources", &out.Resource}, {"not_resources", &out.NotResource}}
	for _, l := range lists {
		if *l.dst, ok = stringOrList(st.Get(l.attr)); !ok {
			return out, false
		}
	}
	if out.Principal, ok = principals(st.Get("principals")); !ok {
		return out, false
	}
	if out.NotPrincipal, ok = principals(st.Get("not_principals")); !ok {
		return out, false
	}
	for _, c := range st.Get("condition").Items() {
		test, ok1 := c.Get("test").AsString()
		variable, ok2 := c.Get("variable").AsString()
		values, ok3 := stringOrList(c.Get("values"))
		if !ok1 || !ok2 || !ok3 {
			return out, false
		}
		if out.Condition == nil {
			out.Condition = map[string]map[string]any{}
		}
		if out.Condition[test] == nil {
			out.Condition[test] = map[string]any{}
		}
		out.Condition[test][variable] = values
	}
	return out, true
}

// stringOrList renders a list of strings as IAM does: nil when absent, a
// string when there is one, a list otherwise.
func stringOrList(v *parser.Value) (any, bool) {
	if v.IsNull() {
		return nil, true
	}
	var ss []string
	for _, e := range v.Items() {
		s, ok := e.AsString()
		if !ok {
			return nil, false
		}
		ss = append(ss, s)
	}
	if v.Kind == parser.String {
		ss = []string{v.Str}
	} else if v.Kind != parser.List {
		return nil, false
	}
	switch len(ss) {
	case 0:
		return nil, true
	case 1:
		return ss[0], true
	}
	return ss, true
}

// principals renders principals blocks: {"AWS": ...} by type, or "*" for
// the anonymous principal.
func principals(v *parser.Value) (any, bool) {
	items := v.Items()
	if len(items) == 0 {
		if v != nil && !v.IsKnown() {
			return nil, false
		}
		return nil, true
	}
	out := map[string]any{}
	for _, p := range items {
		if !p.IsKnown() {
			return nil, false
		}
		typ, ok := p.Get("type").AsString()
		ids, ok2 := stringOrList(p.Get("identifiers"))
		if !ok || !ok2 {
			return nil, false
		}
		if typ == "*" {
			return "*", true
		}
		if prev, exists := out[typ]; exists {
			merged := append(toList(prev), toList(ids)...)
			sort.Strings(merged)
			out[typ] = merged
			continue
		}
		out[typ] = ids
	}
	if len(out) == 0 {
		return nil, true
	}
	return out, true
}

func toList(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []string:
		return t
	}
	return nil
}
