package azure

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the logging and governance rules (log_*.go).

// logAzureRoots returns the Terraform roots that deploy azurerm_
// resources. Data sources alone do not make a root an Azure root.
func logAzureRoots(p *engine.Pass) []engine.Root {
	return p.RootsDeploying(func(r *parser.Resource) bool {
		return r.Format == parser.Terraform && strings.HasPrefix(r.Type, "azurerm_")
	})
}

// logInRoot reports whether r belongs to root.
func logInRoot(r *parser.Resource, root engine.Root) bool {
	return r.Format == root.Format && r.Root == root.Name
}

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90
