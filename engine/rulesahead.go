package engine

import (
	"sync"
	"sync/atomic"

	"github.com/soc2lint/soc2lint/parser"
)

// A large root's rules run on two goroutines. One root is evaluated, then
// checked, on one goroutine: on one large file (bench/gen's 30,000
// resources) its rules took about 0.55 s of CPU one after the other while
// the second core had only the collector's marking to do.
//
// The rules run in groups, the next group once the last has run: first
// every rule that declares nothing it reads (Rule.Reads nil), then the
// declared rules aheadGroup at a time, in the order of checker.perRoot.
// Values are dropped (releaser) only between groups, as they were before
// each declared rule: a type's values go once every rule that reads it
// has run, so no rule running sees its types' values dropped, and none
// is dropped while the rules that may read anything run. Within a group
// the rules run in any order on the root's graph, which they only read;
// each has a pass of its own, and what each leaves is gathered by its
// place in checker.perRoot, so that the root's results, sorted by rule as
// before, and the order-free evidence (checker.count) are the same
// whichever runs first. The graph's lazily made parts (facts, account
// places) are made under its lock (Fact.Of, Pass.accountPlace).

// rulesAheadMin is the number of nodes from which a root's rules run on
// two goroutines: a small root's rules cost less than starting and
// joining goroutines, and small roots are checked in parallel with one
// another anyway.
const rulesAheadMin = 2000

// aheadGroup is how many declared rules run at once between two drops of
// values: enough that one slow rule leaves the other goroutine rules to
// run, few enough that values go soon after their last reader.
const aheadGroup = 24

// ruleRun is what one rule left on a root: kept when it left any
// findings, missing controls or notes, and its internal error.
type ruleRun struct {
	rule    int
	kept    ruleKept
	hasKept bool
	diag    *parser.Diagnostic
}

// rulesAhead reports whether check runs the root's rules on two
// goroutines (runAhead): an owned root of rulesAheadMin nodes or more,
// counted at once, when the scan has more than one worker. With
// Config.CheckReads (the rules' tests) they run one after the other.
func (c *checker) rulesAhead(nodes []*parser.Resource, later, owned bool) bool {
	return owned && !later && !c.keepGraph && !c.checkReads && c.ruleWorkers > 1 &&
		(len(nodes) >= rulesAheadMin || c.aheadSmall)
}

// runAhead runs the per-root rules on g in groups (see above), on the
// calling goroutine and one more, counts their evidence, and returns
// what each left, in the order of c.perRoot. rel, when not nil, drops
// values between groups (whole are the resources it keeps).
func (c *checker) runAhead(g *Graph, rel *releaser, whole map[*parser.Resource]bool) []ruleRun {
	out := make([]ruleRun, len(c.perRoot))
	passes := [2]*Pass{new(Pass), new(Pass)}
	for from := 0; from < len(c.perRoot); {
		to := c.undeclared
		if from >= to {
			to = min(from+aheadGroup, len(c.perRoot))
			if rel != nil {
				rel.release(c.keep, whole)
			}
		}
		c.runGroup(g, c.perRoot[from:to], out[from:to], passes)
		if rel != nil {
			for _, i := range c.perRoot[from:to] {
				if c.declared[i] != nil {
					rel.ran(c.declared[i])
				}
			}
		}
		from = to
	}
	return out
}

// runGroup runs the rules idx on g, on the calling goroutine and one
// more, each of the two with a pass of passes, and sets out[j] to what
// the rule idx[j] left.
func (c *checker) runGroup(g *Graph, idx []int, out []ruleRun, passes [2]*Pass) {
	var next atomic.Int64
	fi := rootFormat(g.nodes)
	work := func(pass *Pass) {
		for {
			j := int(next.Add(1)) - 1
			if j >= len(idx) {
				return
			}
			i := idx[j]
			p, d := c.runOn(pass, g, i, fi)
			c.count(i, p)
			out[j].rule, out[j].diag = i, d
			out[j].kept, out[j].hasKept = keptOf(i, p)
		}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		work(passes[1])
	}()
	work(passes[0])
	wg.Wait()
}
