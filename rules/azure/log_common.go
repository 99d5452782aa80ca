package azure

import "github.com/soc2lint/soc2lint/rules/setting"

// Helpers shared by the logging and governance rules (log_*.go).

// azureResources are the azurerm resources: a root that deploys one is an
// Azure root, whose account-level controls the rules check.
var azureResources = setting.Cloud("azurerm_", "")

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90
