package engine

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/soc2lint/soc2lint/parser"
)

// Rules on roots without their types. Almost every rule, on almost every
// root, asks for types the root has none of (on the corpus, 98% of the
// calls of ResourcesOfType returned nothing). A per-root rule that
// declares the types it reads (Rule.Reads, exact names) can read, on a
// root without any of them, only what is not keyed by type: the root's
// resources, nodes or providers (Roots, All of a rule reading every
// type), facts, a resource's edges, or report on something (Pass.broad
// records each). A run that did none of that saw nothing but empty lists
// and the settings, so it does the same on every such root: the types it
// asked for and its "not configured" reason. Such a run on the first root
// of each format without the rule's types is kept (absentRun) and every
// later such root counts the rule as it ran, without running it. A run
// that read broadly, left or examined anything stops this for the rule.
// With Config.CheckReads (the rules' tests) every rule runs and a run
// that differs from the one kept is an error.

// noAbsentSkip, set by tests, runs every rule on every root.
var noAbsentSkip bool

// absentRun is what a rule did on a root without any resource of the
// types it declared: the types it asked for and why it was not
// configured.
type absentRun struct {
	types        []string
	unconfigured string
	// counted is set once a run counted so has been counted
	// (checker.count): counting it again adds nothing.
	counted atomic.Bool
}

// absentState is the checker's record of such runs.
type absentState struct {
	// absentOK is, by rule index, whether the rule may be skipped so: a
	// per-root rule whose Reads name types, exactly (no pattern): one
	// that declares none reads nothing by type.
	absentOK []bool
	// absentNo is, by rule index, set once a run on a root without the
	// rule's types read broadly, left or examined anything.
	absentNo []atomic.Bool
	// absent are the runs kept, by rule index and format (absentFormats).
	absent []atomic.Pointer[absentRun]
	// absentBits are, by rule index, the bits (typeBit) of the types the
	// rule declared: a root whose types share none with them holds none
	// of the rule's types.
	absentBits [][4]uint64
}

// absentFormats is how many formats absentState keeps a run for.
const absentFormats = 2

// formatIndex is f's index in absentState.absent, or -1.
func formatIndex(f parser.Format) int {
	switch f {
	case parser.Terraform:
		return 0
	case parser.CloudFormation:
		return 1
	}
	return -1
}

// rootFormat is the index (formatIndex) of the one format of nodes, or -1
// when they are of none or several.
func rootFormat(nodes []*parser.Resource) int {
	if len(nodes) == 0 {
		return -1
	}
	f := nodes[0].Format
	for _, n := range nodes[1:] {
		if n.Format != f {
			return -1
		}
	}
	return formatIndex(f)
}

func (a *absentState) initAbsent(rules []*Rule, declared []*typeSet) {
	a.absentOK = make([]bool, len(rules))
	a.absentNo = make([]atomic.Bool, len(rules))
	a.absent = make([]atomic.Pointer[absentRun], len(rules)*absentFormats)
	a.absentBits = make([][4]uint64, len(rules))
	for i, r := range rules {
		d := declared[i]
		if d != nil {
			for _, t := range d.names {
				b := typeBit(t)
				a.absentBits[i][b>>6] |= 1 << (b & 63)
			}
		}
		a.absentOK[i] = r.Scope == PerRoot && d != nil && len(d.names) > 0 && !d.all && !d.cfn &&
			len(d.prefixes) == 0 && len(d.around) == 0
	}
}

// typesAbsent reports whether the rule i may be skipped on g, a root of
// format index fi: g holds no node of any type it declared.
func (c *checker) typesAbsent(g *Graph, i, fi int) bool {
	if fi < 0 || i >= len(c.absentOK) || !c.absentOK[i] || c.absentNo[i].Load() {
		return false
	}
	if g.typesSet {
		bits := &c.absentBits[i]
		if bits[0]&g.types[0] == 0 && bits[1]&g.types[1] == 0 && bits[2]&g.types[2] == 0 && bits[3]&g.types[3] == 0 {
			return true
		}
	}
	for _, t := range c.declared[i].names {
		if g.mayHaveType(t) && len(g.byType[t]) > 0 {
			return false
		}
	}
	return true
}

// absentSkip returns the run kept for the rule i on roots of format
// index fi without its types, when g is one and the rule need not run
// (not with Config.CheckReads).
func (c *checker) absentSkip(g *Graph, i, fi int) *absentRun {
	if c.checkReads || noAbsentSkip || !c.typesAbsent(g, i, fi) {
		return nil
	}
	return c.absent[i*absentFormats+fi].Load()
}

// skipped sets p up as the pass of the rule i that did what run says,
// without running it.
func skipped(p *Pass, g *Graph, r *Rule, settings Settings, reads *typeSet, run *absentRun) *Pass {
	*p = Pass{Rule: r, graph: g, settings: settings, reads: reads, types: run.types, typesShared: true, unconfigured: run.unconfigured, absent: run}
	return p
}

// ranAbsent records what the rule i did in p on g, a root of format index
// fi, when g holds none of its types; with Config.CheckReads it returns
// an error when that differs from the run kept.
func (c *checker) ranAbsent(g *Graph, i, fi int, p *Pass, d *parser.Diagnostic) *parser.Diagnostic {
	if !c.typesAbsent(g, i, fi) {
		return nil
	}
	if d != nil || p.broad || p.examined() > 0 || len(p.findings) > 0 || len(p.missing) > 0 || len(p.undecided) > 0 {
		c.absentNo[i].Store(true)
		return nil
	}
	run := &absentRun{types: slices.Clip(slices.Clone(p.types)), unconfigured: p.unconfigured}
	slot := &c.absent[i*absentFormats+fi]
	if slot.CompareAndSwap(nil, run) || !c.checkReads {
		return nil
	}
	kept := slot.Load()
	same := kept.unconfigured == run.unconfigured && len(kept.types) == len(run.types)
	for _, t := range run.types {
		same = same && slices.Contains(kept.types, t)
	}
	if same {
		return nil
	}
	return &parser.Diagnostic{Severity: parser.SevError, Summary: "rule " + c.rules[i].ID + " does not do the same on every root without the types it reads (Rule.Reads)",
		Detail: fmt.Sprintf("it asked for %s (not configured: %q) where before it asked for %s (not configured: %q)",
			strings.Join(run.types, ", "), run.unconfigured, strings.Join(kept.types, ", "), kept.unconfigured)}
}
