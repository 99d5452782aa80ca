package gcp

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the logging and governance rules (log_*.go).

// logGCPRoots returns the Terraform roots that deploy google_ resources.
// Data sources alone do not make a root a GCP root.
func logGCPRoots(p *engine.Pass) []engine.Root {
	return p.RootsDeploying(func(r *parser.Resource) bool {
		return r.Format == parser.Terraform && strings.HasPrefix(r.Type, "google_")
	})
}

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90
