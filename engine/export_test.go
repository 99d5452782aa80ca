package engine

import "github.com/soc2lint/soc2lint/parser"

// Whole returns cfg set to check the graph of every root at once, as the
// scan did before checking root by root, for tests that compare the two.
func Whole(cfg Config) Config {
	cfg.whole = true
	return cfg
}

// Ahead returns cfg set to run the rules of roots of every size on two
// goroutines (rulesahead.go), dropping values between groups of rules as
// a large root does, for tests that compare it with a plain scan.
func Ahead(cfg Config) Config {
	cfg.aheadSmall, cfg.releaseSmall = true, true
	return cfg
}

// Early returns cfg set to check resources as they are evaluated in roots
// of small files too (early.go), and NoEarly cfg set to check none so.
func Early(cfg Config) Config {
	cfg.earlySmall = true
	return cfg
}

func NoEarly(cfg Config) Config {
	cfg.noEarly = true
	return cfg
}

// EarlyChecked is how many resources the scans so far checked as they
// were evaluated.
func EarlyChecked() int64 { return earlyChecked.Load() }

// Skeleton returns r's body trimmed as a resource checked as it is
// evaluated is (early.skeleton), with the literal links of rules.
func Skeleton(r *parser.Resource, rules []*Rule) *parser.Value {
	c := &checker{links: literalLinks(rules)}
	e := c.newEarly()
	e.linkAttrs = map[string]bool{}
	for _, l := range c.links {
		e.linkAttrs[l.Attr] = true
	}
	return e.skeleton(r, r.Body, "", true)
}

// LiteralLinks returns the literal links of rules.
func LiteralLinks(rules []*Rule) []LiteralLink { return literalLinks(rules) }
