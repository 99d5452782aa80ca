package aws

import (
	"regexp"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the identity rules (iam_*.go).

// iamAWSManagedPolicy matches the ARN of an AWS managed policy, in every
// partition.
var iamAWSManagedPolicy = regexp.MustCompile(`^arn:aws[a-z-]*:iam::aws:policy/`)

// iamPrincipal is an IAM user or group that policies may be attached to.
type iamPrincipal struct {
	// res declares the principal; nil when it is not in the scanned code.
	res *parser.Resource
	// name is the principal's name when named is true.
	name  string
	named bool
	// generated is true when CloudFormation generates the name (no
	// UserName/GroupName): no literal written elsewhere can name it.
	generated bool
}

// iamPrincipalOf returns the principal declared by res, whose name is in
// attribute nameAttr.
func iamPrincipalOf(res *parser.Resource, nameAttr string) iamPrincipal {
	v := res.Body.Get(nameAttr)
	if v.IsNull() {
		return iamPrincipal{res: res, generated: res.Format == parser.CloudFormation}
	}
	if s, ok := v.AsString(); ok && v.Kind == parser.String {
		return iamPrincipal{res: res, name: s, named: true}
	}
	return iamPrincipal{res: res}
}

// iamSame reports whether a and b are the same resource block instance,
// CloudFormation condition variants included.
func iamSame(a, b *parser.Resource) bool {
	return a == b || a != nil && b != nil && a.Format == b.Format && a.Root == b.Root &&
		a.Scope == b.Scope && a.Address == b.Address
}

// iamAttrPath reports whether the edge attribute path lies under attr:
// attr itself, one of its list elements or one of its fields.
func iamAttrPath(path, attr string) bool {
	return path == attr || strings.HasPrefix(path, attr+"[") || strings.HasPrefix(path, attr+".")
}

// iamEdgeTargets returns the resources of the given types that attribute
// attr of res refers to in the graph (expression, literal name or
// depends_on edges), one per resource block instance.
func iamEdgeTargets(p *engine.Pass, res *parser.Resource, attr string, types ...string) []*parser.Resource {
	var out []*parser.Resource
	for _, e := range p.EdgesFrom(res) {
		if e.To.Kind != "" || e.To.Data || !slices.Contains(types, e.To.Type) || !iamAttrPath(e.Attr, attr) {
			continue
		}
		if !slices.ContainsFunc(out, func(r *parser.Resource) bool { return iamSame(r, e.To) }) {
			out = append(out, e.To)
		}
	}
	return out
}

// iamRefersTo reports whether attribute attr of res refers to target.
func iamRefersTo(p *engine.Pass, res *parser.Resource, attr string, target *parser.Resource) bool {
	for _, e := range p.EdgesFrom(res) {
		if iamSame(e.To, target) && iamAttrPath(e.Attr, attr) {
			return true
		}
	}
	return false
}

// iamItems returns a string-or-list value as a list of values.
func iamItems(v *parser.Value) []*parser.Value {
	if v == nil {
		return nil
	}
	if v.Kind == parser.List {
		return v.Elems
	}
	return []*parser.Value{v}
}

// iamNames tells whether attribute attr of res (a user or group name, or a
// list of them) names who: by a graph reference to its resource, or by its
// name written as a literal. An unknown name that refers to nothing is
// parser.Maybe.
func iamNames(p *engine.Pass, res *parser.Resource, attr string, who iamPrincipal) parser.Truth {
	v := res.Body.Get(attr)
	if v.IsNull() {
		return parser.False
	}
	if who.res != nil && iamRefersTo(p, res, attr, who.res) {
		return parser.True
	}
	refers := len(v.Refs()) > 0
	out := parser.False
	for _, e := range iamItems(v) {
		switch e.Kind {
		case parser.String:
			switch {
			case who.named && strings.EqualFold(strings.TrimSpace(e.Str), who.name):
				return parser.True
			case !who.named && !who.generated:
				out = parser.Maybe
			}
		case parser.Unknown:
			// An unknown value that refers to another resource names that
			// resource; one that refers to nothing could name anyone.
			if !refers && len(e.Refs()) == 0 {
				out = parser.Maybe
			}
		}
	}
	return out
}
