package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkLogConfigRecorder(p *engine.Pass) {
	recorders := p.ResourcesOfType("aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder")
	// CloudFormation starts a recorder once a delivery channel exists. The
	// templates of a scan are checked together, so a channel declared in
	// any of them counts.
	if len(p.ResourcesOfType("AWS::Config::DeliveryChannel")) == 0 {
		for _, r := range recorders {
			if r.Format == parser.CloudFormation && !r.Data {
				p.Report(r, nil, "%s: no AWS::Config::DeliveryChannel in the scanned templates, and CloudFormation starts a configuration recorder only once one exists: nothing is recorded", r.Address)
			}
		}
	}
	for _, s := range p.ResourcesOfType("aws_config_configuration_recorder_status") {
		if v := s.Body.Get("is_enabled"); v.IsFalse() {
			p.Report(s, v, "%s stops the configuration recorder (is_enabled = false)", s.Address)
		}
	}
	logReportMissing(p, "AWS Config configuration recorder: resource changes are not recorded",
		"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder", "awscc_config_configuration_recorder")
}
