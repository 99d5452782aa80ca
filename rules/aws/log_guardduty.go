package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func logGuardDuty() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-017",
		Name:     "guardduty-disabled",
		Title:    "GuardDuty threat detection is missing or disabled",
		Severity: engine.Medium,
		Description: "GuardDuty watches CloudTrail, VPC flow logs and DNS logs for signs of compromise " +
			"and raises the findings a security team is alerted on. A detector with enable = false " +
			"(Enable: false) detects nothing. In account-baseline mode (`--account-baseline`), an AWS root " +
			"module or template that declares no detector at all is also a finding; otherwise it is listed " +
			"in the checklist report as having no evidence in the scanned code.",
		Remediation: engine.Remediation{Summary: "Declare an enabled GuardDuty detector in every account and region (or enable it organization-wide)."},
		Checklist:   []string{"LOG-3"},
		Links:       []string{"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html"},
		Precision:   "high",
		Check:       checkLogGuardDuty,
	}
}

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
