package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
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
	guardDutyOrgMembers.Run(p)
}

// guardDutyOrgMembers judges the delegated administrator's organization
// configuration: the accounts that join the organization get no detector
// when it turns auto-enabling off. Exactly one of the two settings is
// written; the deprecated auto_enable = true is "NEW". CloudFormation has
// no organization configuration resource.
var guardDutyOrgMembers = setting.Check{
	Types: []string{"aws_guardduty_organization_configuration"},
	Judge: setting.Either(
		setting.MustNotBe(parser.A("auto_enable_organization_members", ""), "", "NONE"),
		setting.MustBeTrue(parser.A("auto_enable", ""), true)),
	Problem: "GuardDuty is not turned on in the accounts that join the organization",
}
