package aws

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
)

// policyDocument returns a policy document as an object value. A document
// written as a JSON string (a heredoc, jsonencode, a file) is decoded, and
// every part of it takes the range of the string. Unknown or undecodable
// documents yield nil.
func policyDocument(v *parser.Value) *parser.Value {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case parser.Object:
		return v
	case parser.String:
		dec := json.NewDecoder(bytes.NewReader([]byte(v.Str)))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil
		}
		out := fromJSON(doc, v, 0)
		if out.Kind != parser.Object {
			return nil
		}
		return out
	}
	return nil
}

func fromJSON(x any, at *parser.Value, depth int) *parser.Value {
	base := parser.Value{Range: at.Range, Via: at.Via}
	if depth > 64 {
		base.Kind = parser.Unknown
		return &base
	}
	switch t := x.(type) {
	case nil:
		base.Kind = parser.Null
	case bool:
		base.Kind, base.Bool = parser.Bool, t
	case json.Number:
		f, _ := t.Float64()
		base.Kind, base.Num, base.Str = parser.Number, f, t.String()
	case string:
		base.Kind, base.Str = parser.String, t
	case []any:
		base.Kind = parser.List
		for _, e := range t {
			base.Elems = append(base.Elems, fromJSON(e, at, depth+1))
		}
	case map[string]any:
		base.Kind = parser.Object
		base.Attrs = make(map[string]*parser.Value, len(t))
		for k, e := range t {
			base.Attrs[k] = fromJSON(e, at, depth+1)
		}
	}
	return &base
}

// statements returns the statements of a policy document.
func statements(doc *parser.Value) []*parser.Value {
	return doc.Get("Statement").Items()
}

// stringsOf returns the known strings of a string-or-list value.
func stringsOf(v *parser.Value) []*parser.Value {
	if v == nil {
		return nil
	}
	if v.Kind == parser.String {
		return []*parser.Value{v}
	}
	var out []*parser.Value
	for _, e := range v.Items() {
		if e.Kind == parser.String {
			out = append(out, e)
		}
	}
	return out
}

// wildcardAction matches "*", "*:*" and "service:*".
var wildcardAction = regexp.MustCompile(`^(\*|[a-zA-Z0-9-]+:\*|\*:\*)$`)

// wildcardGrant reports whether an Allow statement grants a wildcard action
// on every resource, and returns the offending action.
func wildcardGrant(effect *parser.Value, actions, resources []*parser.Value) *parser.Value {
	if e, ok := effect.AsString(); effect != nil && (!ok || !strings.EqualFold(e, "Allow")) {
		return nil
	}
	allResources := false
	for _, r := range resources {
		if r.Str == "*" {
			allResources = true
		}
	}
	if !allResources {
		return nil
	}
	for _, a := range actions {
		act := strings.TrimSpace(a.Str)
		if wildcardAction.MatchString(act) && !noResourceLevel[strings.ToLower(strings.TrimSuffix(act, ":*"))] {
			return a
		}
	}
	return nil
}

// noResourceLevel are the services none of whose actions support
// resource-level permissions, so that Resource "*" is the only way to
// grant them: "ssmmessages:*" and "ec2messages:*" on "*" is the policy the
// Session Manager agent documents, and a wildcard scoped to one such
// service is not "all actions".
var noResourceLevel = map[string]bool{"ssmmessages": true, "ec2messages": true}

// privilegedPolicy matches the ARNs of AWS managed policies that grant
// administrator-level access, in every partition.
var privilegedPolicy = regexp.MustCompile(`^arn:aws[a-z-]*:iam::aws:policy/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$`)

// privilegedSuffix matches the known end of a partly known ARN, such as
// "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess":
// whatever the unknown partition, the ARN names the AWS managed policy.
var privilegedSuffix = regexp.MustCompile(`:iam::aws:policy/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$`)

// privilegedPolicyARN reports whether v is the ARN of a privileged AWS
// managed policy, known or partly known, and returns it as written (the
// unknown pieces of a partly known one shown as "…").
func privilegedPolicyARN(v *parser.Value) (string, bool) {
	if v == nil {
		return "", false
	}
	if v.Kind == parser.String {
		return v.Str, privilegedPolicy.MatchString(v.Str)
	}
	prefix, ok1 := v.KnownPrefix()
	suffix, ok2 := v.KnownSuffix()
	if !ok1 || !ok2 || !privilegedSuffix.MatchString(suffix) ||
		!strings.HasPrefix(prefix, "arn:") && !strings.HasPrefix("arn:", prefix) {
		return "", false
	}
	return strings.Join(v.KnownParts(), "…"), true
}
