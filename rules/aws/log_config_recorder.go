package aws

import "github.com/soc2lint/soc2lint/engine"

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
