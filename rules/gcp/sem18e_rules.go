package gcp

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// sem18eRules are the rules found missing by Semgrep's Terraform rule
// tests (session 18).
func sem18eRules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "GCP-164"}, sem18eDataFusionLogging),
	}
}

// sem18eDataFusionLogging is GCP-164: a Cloud Data Fusion instance sends
// its pipeline and system logs to Cloud Logging, and its metrics to Cloud
// Monitoring, only when asked (both settings default to false).
var sem18eDataFusionLogging = setting.Check{
	Types: []string{"google_data_fusion_instance"},
	Judge: setting.Either(
		setting.MustBeTrue(parser.A("enable_stackdriver_logging", ""), false),
		setting.MustBeTrue(parser.A("enable_stackdriver_monitoring", ""), false)),
	Problem: "the instance's pipeline logs or metrics are not sent to Cloud Logging and Cloud Monitoring",
}
