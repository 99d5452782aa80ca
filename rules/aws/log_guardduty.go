package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkLogGuardDuty(p *engine.Pass) {
	for _, d := range p.ResourcesOfType("aws_guardduty_detector", "AWS::GuardDuty::Detector") {
		attr := "enable" // defaults to true
		if d.Format == parser.CloudFormation {
			attr = "Enable"
		}
		if v := d.Body.Get(attr); v.IsFalse() {
			p.Report(d, v, "%s is disabled (%s = false)", d.Address, attr)
		}
	}
	logReportMissing(p, "GuardDuty detector: no threat detection in the account",
		"aws_guardduty_detector", "AWS::GuardDuty::Detector", "awscc_guardduty_detector")
}
