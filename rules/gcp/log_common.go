package gcp

import "github.com/soc2lint/soc2lint/rules/setting"

// Helpers shared by the logging and governance rules (log_*.go).

// googleResources are the google resources: a root that deploys one is a
// GCP root, whose account-level controls the rules check.
var googleResources = setting.Cloud("google_", "")

// logMinRetentionDays is the shortest retention SOC 2 auditors accept for
// readily available logs.
const logMinRetentionDays = 90
