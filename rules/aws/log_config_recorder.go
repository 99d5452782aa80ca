package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkLogConfigRecorder(p *engine.Pass) {
	recorders := p.ResourcesOfType("aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder")
	// CloudFormation starts a recorder once a delivery channel exists. The
	// rule runs across roots, so a channel declared in any template of the
	// scan counts.
	if len(p.ResourcesOfType("AWS::Config::DeliveryChannel")) == 0 {
		for _, r := range recorders {
			if r.Format == parser.CloudFormation && !r.Data {
				p.Report(r, nil, "%s: no AWS::Config::DeliveryChannel in the scanned templates, and CloudFormation starts a configuration recorder only once one exists: nothing is recorded", r.Address)
			}
		}
	}
	for _, r := range p.KnownManaged("aws_config_configuration_recorder") {
		logJudgeRecorderStarted(p, r)
	}
	for _, s := range p.ResourcesOfType("aws_config_configuration_recorder_status") {
		if v := s.Body.Get("is_enabled"); v.IsFalse() {
			p.Report(s, v, "%s stops the configuration recorder (is_enabled = false)", s.Address)
		}
	}
	logReportMissing(p, "AWS Config configuration recorder: resource changes are not recorded",
		"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder", "awscc_config_configuration_recorder")
}

// logJudgeRecorderStarted reports a Terraform recorder that no
// aws_config_configuration_recorder_status names, by reference or by its
// name: Terraform creates recorders stopped, and only a status resource
// starts them.
func logJudgeRecorderStarted(p *engine.Pass, r *parser.Resource) {
	if len(p.Referrers(r, "name", "aws_config_configuration_recorder_status")) > 0 {
		return
	}
	name, named := "default", true // the provider's default name
	if v := r.Body.Get("name"); !v.IsNull() {
		name, named = v.AsString()
	}
	for _, s := range p.InRoot(r, "aws_config_configuration_recorder_status") {
		v := s.Body.Get("name")
		if len(p.Referenced(s, "name", "aws_config_configuration_recorder")) > 0 {
			continue
		}
		switch n, ok := v.AsString(); {
		case ok && named && n == name:
			return
		case !ok || !named:
			p.CannotTell(r, v, s.Address+" names a recorder that cannot be resolved statically (name)")
			return
		}
	}
	p.Report(r, nil, "%s is never started: no aws_config_configuration_recorder_status names it, and a recorder records nothing until one sets is_enabled = true", r.Address)
}
