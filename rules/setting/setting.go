// Package setting writes the most common rule in a line or two: "resource
// type T has setting S that must be on / must not be X / must name a key;
// its default is D", once for Terraform and CloudFormation.
//
// A Check names the resource types, the settings that exempt a resource
// (a replica inherits its source's encryption), and a Judge built from one
// parser.Attr per setting. The engine turns the verdict into a finding, or
// into an "undecided" note when the setting is unknown: no check tests for
// unknown values or for the format itself.
//
//	setting.Rule(meta, setting.Check{
//		Types:   []string{"aws_sqs_queue", "AWS::SQS::Queue"},
//		Judge:   setting.MustBeTrue(parser.A("sqs_managed_sse_enabled", "SqsManagedSseEnabled"), true),
//		Problem: "messages are stored unencrypted",
//	})
package setting

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Judge decides one resource: Yes means insecure.
type Judge func(res *parser.Resource) parser.Verdict

// Check is the judgement of one concept on a set of resource types.
type Check struct {
	// Types are the Terraform and CloudFormation resource types judged.
	Types []string
	// Unless lists settings whose presence (or unknown value) means the
	// resource gets the property from elsewhere: such a resource is not
	// judged.
	Unless []parser.Attr
	// If, when set, limits the check to resources for which it answers
	// Yes; CannotTell makes the resource undecided.
	If Judge
	// Judge decides each resource.
	Judge Judge
	// Problem says what is wrong, for the message: "<address>: <Problem>
	// (<detail>)".
	Problem string
}

// Run judges every resource of the check's types.
func (c Check) Run(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(c.Types...) {
		if res.Data || !p.BodyKnown(res) || exempt(res, c.Unless) {
			continue
		}
		if c.If != nil {
			switch v := c.If(res); v.Answer {
			case parser.No:
				continue
			case parser.CannotTell:
				p.CannotTell(res, v.At, v.Detail)
				continue
			}
		}
		p.Judge(res, c.Judge(res), c.Problem)
	}
}

func exempt(res *parser.Resource, unless []parser.Attr) bool {
	for _, a := range unless {
		if a.Exists(res) && parser.AnySet(a.Of(res)) {
			return true
		}
	}
	return false
}

// Rule returns meta with a Check function that runs checks in order. The
// rule declares the checks' types as what it reads, and that it judges
// each resource alone (engine.Rule's Reads and Alone), unless meta runs
// across roots; code that gives the rule another Check must declare again
// what that one reads (Undeclared).
func Rule(meta engine.Rule, checks ...Check) *engine.Rule {
	r := meta
	r.Check = func(p *engine.Pass) {
		for _, c := range checks {
			c.Run(p)
		}
	}
	if r.Scope != engine.AcrossRoots {
		r.Reads, r.Alone = []string{}, true
		for _, c := range checks {
			for _, t := range c.Types {
				if !slices.Contains(r.Reads, t) {
					r.Reads = append(r.Reads, t)
				}
			}
		}
	}
	return &r
}

// Undeclared returns r without a declaration of what it reads: for a rule
// made by Rule whose Check is then replaced by one that reads more.
func Undeclared(r *engine.Rule) *engine.Rule {
	r.Reads, r.Alone = nil, false
	return r
}

// Also returns r (made by Rule) with more checks run after its settings'
// check, for a concept that is partly a setting and partly a judgement of
// its own. reads are the types the extra checks read besides the
// settings' types; nil declares nothing, so the rule may read any type.
func Also(r *engine.Rule, reads []string, checks ...func(*engine.Pass)) *engine.Rule {
	settings := r.Check
	if reads == nil {
		Undeclared(r)
	} else {
		r.Reads, r.Alone = append(append([]string{}, r.Reads...), reads...), false
	}
	r.Check = func(p *engine.Pass) {
		settings(p)
		for _, c := range checks {
			c(p)
		}
	}
	return r
}

// point makes a verdict about a setting that is not written point at the
// nearest written block on its path, when there is one.
func point(a parser.Attr, res *parser.Resource, v parser.Verdict) parser.Verdict {
	if v.Answer == parser.Yes && v.At == nil {
		if at := a.Nearest(res); at != nil && at.Kind != parser.Unknown {
			v.At = at
		}
	}
	return v
}

// MustBeTrue judges a boolean setting that must be true; def is its value
// when not written.
func MustBeTrue(a parser.Attr, def bool) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.NotTrue(a.Of(res), a.Name(res), def))
	}
}

// MustBeFalse judges a boolean setting that must be false; def is its value
// when not written.
func MustBeFalse(a parser.Attr, def bool) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.NotFalse(a.Of(res), a.Name(res), def))
	}
}

// MustBeSet judges a setting that must be given, such as a customer
// managed key or a log destination.
func MustBeSet(a parser.Attr) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.NotSet(a.Of(res), a.Name(res)))
	}
}

// MustNotBe judges a string setting whose values bad are insecure; def is
// its value when not written ("" when absence is fine).
func MustNotBe(a parser.Attr, def string, bad ...string) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.OneOf(a.Of(res), a.Name(res), def, bad...))
	}
}

// MustBeOneOf judges a string setting whose only secure values are good;
// def is its value when not written ("" when absence is fine).
func MustBeOneOf(a parser.Attr, def string, good ...string) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.NoneOf(a.Of(res), a.Name(res), def, good...))
	}
}

// AtLeast judges a number that must be at least min; def is its value when
// not written (below 0 when absence is fine).
func AtLeast(a parser.Attr, def, min int64) Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		return point(a, res, parser.Below(a.Of(res), a.Name(res), def, min))
	}
}

// Is is a condition for Check.If: Yes when the string setting a is one of
// values (case-insensitively), or absent while def is.
func Is(a parser.Attr, def string, values ...string) Judge {
	return MustNotBe(a, def, values...)
}

// Either is insecure when any of js is (the first Yes), undecided when none
// is but one cannot tell.
func Either(js ...Judge) Judge {
	return func(res *parser.Resource) parser.Verdict {
		vs := make([]parser.Verdict, len(js))
		for i, j := range js {
			vs[i] = j(res)
		}
		return parser.Either(vs...)
	}
}

// Both is insecure only when all of js are (an encryption flag off and no
// key named); the verdict is the first one's.
func Both(js ...Judge) Judge {
	return func(res *parser.Resource) parser.Verdict {
		vs := make([]parser.Verdict, len(js))
		for i, j := range js {
			vs[i] = j(res)
			if vs[i].Answer == parser.No {
				return parser.Decided
			}
		}
		return parser.Both(vs...)
	}
}

// Not turns a condition around: Yes becomes No and No becomes Yes (with no
// detail); CannotTell stays.
func Not(j Judge) Judge {
	return func(res *parser.Resource) parser.Verdict {
		switch v := j(res); v.Answer {
		case parser.Yes:
			return parser.Decided
		case parser.No:
			return parser.Verdict{Answer: parser.Yes}
		default:
			return v
		}
	}
}

// Registry joins a provider's groups of rules into its Rules() list and
// gives each rule the other scanners' ids aliases holds for it.
func Registry(aliases map[string][]string, groups ...[]*engine.Rule) []*engine.Rule {
	var rs []*engine.Rule
	for _, g := range groups {
		rs = append(rs, g...)
	}
	for _, r := range rs {
		r.Aliases = aliases[r.ID]
	}
	return rs
}
