package aws

import "github.com/soc2lint/soc2lint/engine"

func logSecurityHub() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-018",
		Name:     "securityhub-missing",
		Title:    "Security Hub is not enabled",
		Severity: engine.Low,
		Description: "Security Hub gathers the findings of GuardDuty, Inspector, Config and other services " +
			"in one place and checks the account against security standards, so that high and critical " +
			"findings reach someone. This is an account-level control: in account-baseline mode " +
			"(`--account-baseline`), an AWS root module or template that does not enable Security Hub is a " +
			"finding; otherwise it is listed in the checklist report as having no evidence in the scanned code.",
		Remediation: engine.Remediation{Summary: "Enable Security Hub in every account and region (or through the organization's delegated administrator)."},
		Checklist:   []string{"LOG-3"},
		Links:       []string{"https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-settingup.html"},
		Precision:   "high",
		Check:       checkLogSecurityHub,
	}
}

func checkLogSecurityHub(p *engine.Pass) {
	p.ResourcesOfType("aws_securityhub_account", "AWS::SecurityHub::Hub")
	logReportMissing(p, "Security Hub account: security findings are not gathered",
		"aws_securityhub_account", "AWS::SecurityHub::Hub", "awscc_securityhub_hub")
}
