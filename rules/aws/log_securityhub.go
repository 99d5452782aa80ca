package aws

import "github.com/soc2lint/soc2lint/engine"

func checkLogSecurityHub(p *engine.Pass) {
	p.ResourcesOfType("aws_securityhub_account", "AWS::SecurityHub::Hub")
	logReportMissing(p, "Security Hub account: security findings are not gathered",
		"aws_securityhub_account", "AWS::SecurityHub::Hub", "awscc_securityhub_hub")
}
