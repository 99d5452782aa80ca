package gcp

import "github.com/soc2lint/soc2lint/engine"

// coverage4Rules are the fourth batch of coverage rules (GCP-137 and up).
func coverage4Rules() []*engine.Rule {
	return []*engine.Rule{
		cov4SQLAccessFlagsRule(),
	}
}
