package setting

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Hand-written rules (cross-resource and account-level checks) read
// values the verdict functions cannot judge alone: lists of blocks, maps,
// values compared across resources. These helpers are where such rules
// ask whether a value can be told, so that none of them tests for unknown
// values itself.

// Unknown returns the first of vs that is written but cannot be told
// statically, or nil when every one is known or absent.
func Unknown(vs ...*parser.Value) *parser.Value {
	for _, v := range vs {
		if parser.Set(v) == parser.CannotTell {
			if v.Kind == parser.List && len(v.Elems) > 0 {
				// the blocks of a dynamic block whose number is not
				// known: the element says why, at the content block
				return v.Elems[0]
			}
			return v
		}
	}
	return nil
}

// Undecided records that the rule cannot tell about res when one of vs is
// unknown, naming it name in the note, and reports whether it did. A rule
// calls it before reading values it must know:
//
//	if setting.Undecided(p, res, "metadata", meta) {
//		continue
//	}
func Undecided(p *engine.Pass, res *parser.Resource, name string, vs ...*parser.Value) bool {
	u := Unknown(vs...)
	if u == nil {
		return false
	}
	p.CannotTell(res, u, parser.Unknowable(u, name).Detail)
	return true
}

// MayBe reports whether the string v is one of values (case-insensitively),
// or may be because it cannot be told: the reading that gives a resource
// the benefit of the doubt (an unknown constraint name may be the one that
// protects it, an unknown service may be the one that counts as evidence).
func MayBe(v *parser.Value, values ...string) bool {
	return v.IsAnyOf(values...) || Unknown(v) != nil
}

// Blocks returns the instances of a nested block (a list of objects, or
// one object): nil when it is absent. unknown is the value that hides
// them when the block, or one of its instances, cannot be told (a dynamic
// block over an unknown collection); items are then nil.
func Blocks(v *parser.Value) (items []*parser.Value, unknown *parser.Value) {
	if u := Unknown(v); u != nil {
		return nil, u
	}
	items = v.Items()
	for _, it := range items {
		if u := Unknown(it); u != nil {
			return nil, u
		}
	}
	return items, nil
}

// DecidedBlocks is Blocks for a rule that must read the instances: when
// they cannot be told it records the undecided note on res, naming the
// block name, and ok is false.
//
//	cfgs, ok := setting.DecidedBlocks(p, res, "config", res.Body.Get("config"))
//	if !ok {
//		continue
//	}
func DecidedBlocks(p *engine.Pass, res *parser.Resource, name string, v *parser.Value) (items []*parser.Value, ok bool) {
	items, hid := Blocks(v)
	if hid != nil {
		p.CannotTell(res, hid, parser.Unknowable(hid, name).Detail)
		return nil, false
	}
	return items, true
}

// Elems returns the elements of a list attribute, or a lone string as a
// list of one, with the first of them (or the list itself) that cannot be
// told; the known elements are returned either way.
func Elems(v *parser.Value) (elems []*parser.Value, unknown *parser.Value) {
	if u := Unknown(v); u != nil {
		return nil, u
	}
	switch {
	case v == nil:
		return nil, nil
	case v.Kind == parser.String:
		return []*parser.Value{v}, nil
	case v.Kind != parser.List:
		return nil, nil
	}
	for _, e := range v.Elems {
		if u := Unknown(e); u != nil {
			if unknown == nil {
				unknown = u
			}
			continue
		}
		elems = append(elems, e)
	}
	return elems, unknown
}

// Cloud matches the resources of one cloud: Terraform types starting with
// tf (such as "aws_"), CloudFormation types starting with cfn (such as
// "AWS::"; empty for a cloud CloudFormation does not describe). With
// Pass.RootsDeploying it gives the roots of the cloud, whose account-level
// controls a rule checks; data sources alone do not make a root one.
func Cloud(tf, cfn string) func(*parser.Resource) bool {
	return func(r *parser.Resource) bool {
		return r.Format == parser.Terraform && strings.HasPrefix(r.Type, tf) ||
			cfn != "" && r.Format == parser.CloudFormation && strings.HasPrefix(r.Type, cfn)
	}
}
