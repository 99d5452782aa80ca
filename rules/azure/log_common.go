package azure

import (
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Helpers shared by the logging and governance rules (log_*.go).

// azureResources are the azurerm resources: a root that deploys one is an
// Azure root, whose account-level controls the rules check.
var azureResources = setting.Cloud("azurerm_", "")

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90

// logWhileOn keeps a short-retention verdict only while the logging it
// belongs to is on: enabled (default true) known false keeps nothing, so
// the retention does not matter, and unknown makes the verdict unknown.
func logWhileOn(v parser.Verdict, enabled *parser.Value) parser.Verdict {
	if v.Answer != parser.Yes {
		return v
	}
	if on := parser.NotFalse(enabled, "enabled", true); on.Answer != parser.Yes {
		return on
	}
	return v
}
