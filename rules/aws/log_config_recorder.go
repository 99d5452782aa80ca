package aws

import "github.com/soc2lint/soc2lint/engine"

func logConfigRecorder() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-019",
		Name:     "config-recorder-missing",
		Title:    "AWS Config is not recording configuration changes",
		Severity: engine.Medium,
		Description: "AWS Config records every change to the account's resources: the history an auditor " +
			"asks for when a change must be traced. A recorder whose aws_config_configuration_recorder_status " +
			"has is_enabled = false records nothing. In account-baseline mode (`--account-baseline`), an AWS " +
			"root module or template that declares no configuration recorder is also a finding; otherwise it " +
			"is listed in the checklist report as having no evidence in the scanned code. A recorder limited " +
			"to some resource types (all_supported = false) is reported by AWS-192 (LOG-4), not here.",
		Remediation: engine.Remediation{Summary: "Declare a configuration recorder with a delivery channel, and start it."},
		Checklist:   []string{"LOG-1"},
		Links:       []string{"https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html"},
		Precision:   "high",
		Check:       checkLogConfigRecorder,
	}
}

func checkLogConfigRecorder(p *engine.Pass) {
	p.ResourcesOfType("aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder")
	for _, s := range p.ResourcesOfType("aws_config_configuration_recorder_status") {
		if v := s.Body.Get("is_enabled"); v.IsFalse() {
			p.Report(s, v, "%s stops the configuration recorder (is_enabled = false)", s.Address)
		}
	}
	logReportMissing(p, "AWS Config configuration recorder: resource changes are not recorded",
		"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder", "awscc_config_configuration_recorder")
}
