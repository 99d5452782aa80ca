package engine

import (
	"fmt"
	"sort"

	"github.com/soc2lint/soc2lint/parser"
)

// Undecided is a rule's "cannot tell" about one resource: the setting the
// rule asks about could not be determined statically (a variable without a
// value, a computed attribute). It is not a finding: it tells the user that
// "0 findings" does not mean "checked and fine" for this resource, and
// feeds the checklist report's "partially assessed".
type Undecided struct {
	Rule     *Rule
	Resource *parser.Resource
	// Range is the unknown value, or the resource when it has no position.
	Range parser.Range
	// Detail names the unknown input and why it is unknown.
	Detail string
}

// Text is the note as a user reads it.
func (u Undecided) Text() string {
	addr := ""
	if u.Resource != nil {
		addr = u.Resource.Address
	}
	t := fmt.Sprintf("%s not decided for %s: %s", u.Rule.ID, addr, u.Detail)
	if u.Resource != nil && u.Resource.StandIn != nil {
		t += " (" + u.Resource.StandIn.String() + ")"
	}
	return t
}

// Judge reports the verdict v about res: Yes is a finding whose message
// says problem and v's detail, CannotTell is an undecided note, No is
// nothing. Every rule states its answer through Judge or Report, so that
// no resource is skipped in silence.
func (p *Pass) Judge(res *parser.Resource, v parser.Verdict, problem string) {
	p.broad = true
	switch v.Answer {
	case parser.Yes:
		p.Report(res, v.At, "%s: %s (%s)", res.Address, problem, v.Detail)
	case parser.CannotTell:
		p.CannotTell(res, v.At, v.Detail)
	}
}

// CannotTell records that the rule could not decide res because the value
// at (which may be nil) is unknown; detail names it and says why. One note
// is kept per rule and resource.
func (p *Pass) CannotTell(res *parser.Resource, at *parser.Value, detail string) {
	p.broad = true
	if p.undecidedSeen == nil {
		p.undecidedSeen = map[*parser.Resource]bool{}
	}
	if p.undecidedSeen[res] {
		return
	}
	p.undecidedSeen[res] = true
	p.visit(res)
	rng := res.Range
	if at != nil && !at.Range.IsZero() {
		rng = at.Range
	}
	p.undecided = append(p.undecided, Undecided{Rule: p.Rule, Resource: res, Range: rng, Detail: detail})
}

// BodyKnown reports whether res's body could be evaluated; when it could
// not, it records the rule as undecided for res. Rules that read several
// settings call it first.
func (p *Pass) BodyKnown(res *parser.Resource) bool {
	p.broad = true
	if res.Body.IsKnown() {
		return true
	}
	p.CannotTell(res, res.Body, parser.Unknowable(res.Body, "the resource's body").Detail)
	return false
}

// KnownResources returns the resources of the types whose bodies could be
// evaluated, as ResourcesOfType does, and records the rule as undecided
// for each of the others (BodyKnown): for rules that read several settings
// of every resource they examine.
func (p *Pass) KnownResources(types ...string) []*parser.Resource {
	var out []*parser.Resource
	for _, res := range p.ResourcesOfType(types...) {
		if p.BodyKnown(res) {
			out = append(out, res)
		}
	}
	return out
}

// KnownManaged is KnownResources without data sources: the resources a
// configuration declares (managed resources, in Terraform's words), whose
// settings it owns.
func (p *Pass) KnownManaged(types ...string) []*parser.Resource {
	var out []*parser.Resource
	for _, res := range p.ResourcesOfType(types...) {
		if !res.Data && p.BodyKnown(res) {
			out = append(out, res)
		}
	}
	return out
}

// sortUndecided orders notes by file, position, rule and resource, and
// keeps one of those that module instances or condition variants repeat
// at the same place with the same detail.
func sortUndecided(us []Undecided) []Undecided {
	sort.SliceStable(us, func(i, j int) bool {
		a, b := us[i], us[j]
		if c := comparePlace(a.Range, b.Range, a.Rule.ID, b.Rule.ID, a.Resource.Address, b.Resource.Address); c != 0 {
			return c < 0
		}
		return a.Detail < b.Detail
	})
	out := us[:0]
	seen := map[string]bool{}
	for _, u := range us {
		k := fmt.Sprintf("%s|%s|%d:%d|%s|%s", u.Rule.ID, u.Range.File, u.Range.Start.Line, u.Range.Start.Column, u.Resource.Local, u.Detail)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, u)
	}
	return out
}
