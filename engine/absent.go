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
// calls of ResourcesOfType returned nothing), and a rule that judges each
// resource alone (Rule.Alone) then leaves nothing: Config.CheckReads
// checks that what it finds is what it finds on each of its resources
// alone, which on such a root is nothing. What is left of its run is the
// order-free evidence: the types it asked for and its "not configured"
// reason, which depend on the settings, not on the root. So such a rule
// runs on the first root of each format without its types, what it did
// there is kept (absentRun), and on every later such root it is counted
// as it was without running. A run that left anything, or examined
// anything, stops this for the rule. With Config.CheckReads the rules
// always run, and a run that differs from the one kept is an error of
// the rule's declaration.

// noAbsentSkip, set by tests, runs every rule on every root.
var noAbsentSkip bool

// absentRun is what a rule did on a root without any resource of the
// types it declared: the types it asked for and why it was not
// configured.
type absentRun struct {
	types        []string
	unconfigured string
}

// absentState is the checker's record of such runs.
type absentState struct {
	// absentOK is, by rule index, whether the rule may be skipped so: a
	// per-root Alone rule whose Reads name types exactly (no pattern).
	absentOK []bool
	// absentNo is, by rule index, set once a run on a root without the
	// rule's types left or examined anything.
	absentNo []atomic.Bool
	// absent are the runs kept, by rule index and format (absentFormats).
	absent []atomic.Pointer[absentRun]
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
	for i, r := range rules {
		d := declared[i]
		a.absentOK[i] = r.Scope == PerRoot && r.Alone && d != nil && !d.all && !d.cfn &&
			len(d.prefixes) == 0 && len(d.around) == 0 && len(d.names) == len(d.exact)
	}
}

// typesAbsent reports whether the rule i may be skipped on g, a root of
// format index fi: g holds no node of any type it declared.
func (c *checker) typesAbsent(g *Graph, i, fi int) bool {
	if fi < 0 || i >= len(c.absentOK) || !c.absentOK[i] || c.absentNo[i].Load() {
		return false
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
	*p = Pass{Rule: r, graph: g, settings: settings, reads: reads, types: run.types, typesShared: true, unconfigured: run.unconfigured}
	return p
}

// ranAbsent records what the rule i did in p on g, a root of format index
// fi, when g holds none of its types; with Config.CheckReads it returns
// an error when that differs from the run kept.
func (c *checker) ranAbsent(g *Graph, i, fi int, p *Pass, d *parser.Diagnostic) *parser.Diagnostic {
	if !c.typesAbsent(g, i, fi) {
		return nil
	}
	if d != nil || p.examined() > 0 || len(p.findings) > 0 || len(p.missing) > 0 || len(p.undecided) > 0 {
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
	return &parser.Diagnostic{Severity: parser.SevError, Summary: "rule " + c.rules[i].ID + " judges each resource alone (Rule.Alone) but does not do the same on every root without its types",
		Detail: fmt.Sprintf("it asked for %s (not configured: %q) where before it asked for %s (not configured: %q)",
			strings.Join(run.types, ", "), run.unconfigured, strings.Join(kept.types, ", "), kept.unconfigured)}
}
