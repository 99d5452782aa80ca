package engine

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
