package aws

import (
	"fmt"

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
	guardDutyS3ProtectionOff.Run(p)
	guardDutyS3FeatureOff.Run(p)
}

// guardDutyS3ProtectionOff judges an enabled detector that turns S3
// Protection off: the data events of every bucket in the account and
// region are then not watched for exfiltration, disabled logging or
// access from known malicious addresses. Only an explicit off is
// reported (the legacy data source s3_logs / S3Logs, or a detector
// feature S3_DATA_EVENTS in CloudFormation); a detector that leaves it
// out is not judged.
var guardDutyS3ProtectionOff = setting.Check{
	Types: []string{"aws_guardduty_detector", "AWS::GuardDuty::Detector"},
	If:    guardDutyDetectorOn,
	Judge: setting.Either(
		setting.MustBeTrue(parser.A("datasources.s3_logs.enable", "DataSources.S3Logs.Enable"), true),
		guardDutyFeatureDisabled(parser.A("", "Features"), "S3_DATA_EVENTS")),
	Problem: "S3 Protection is turned off, so no bucket's data events are watched for threats",
}

// guardDutyDetectorOn is Yes for a detector that is on (enable is true or
// not written); one that is off is reported as such, and one whose enable
// is not known is not judged, as above.
func guardDutyDetectorOn(res *parser.Resource) parser.Verdict {
	v := parser.A("enable", "Enable").Of(res)
	if v == nil || v.IsTrue() {
		return parser.Verdict{Answer: parser.Yes}
	}
	return parser.Decided
}

// guardDutyS3FeatureOff is the Terraform detector feature resource that
// turns S3 Protection off.
var guardDutyS3FeatureOff = setting.Check{
	Types:   []string{"aws_guardduty_detector_feature"},
	If:      setting.Is(parser.A("name", ""), "", "S3_DATA_EVENTS"),
	Judge:   setting.MustNotBe(parser.A("status", ""), "", "DISABLED"),
	Problem: "S3 Protection is turned off, so no bucket's data events are watched for threats",
}

// guardDutyFeatureDisabled is Yes when the list of detector features a
// names the feature with Status DISABLED.
func guardDutyFeatureDisabled(a parser.Attr, feature string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if !a.Exists(res) {
			return parser.Decided
		}
		items, unknown := setting.Blocks(a.Of(res))
		if unknown != nil {
			return parser.Unknowable(unknown, a.Name(res))
		}
		for _, it := range items {
			name, status := it.Get("Name"), it.Get("Status")
			if setting.Unknown(name, status) != nil {
				return parser.Unknowable(setting.Unknown(name, status), a.Name(res))
			}
			if name.IsAnyOf(feature) && status.IsAnyOf("DISABLED") {
				return parser.Bad(status, fmt.Sprintf("%s %s is DISABLED", a.Name(res), feature))
			}
		}
		return parser.Decided
	}
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
