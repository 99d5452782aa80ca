package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// coveragePro20Rules are the rules Prowler's AWS check tests (session 20)
// brought.
func coveragePro20Rules() []*engine.Rule {
	return []*engine.Rule{directoryLogForwardingOff()}
}

// directoryLogForwardingOff is AWS-392: an AWS Managed Microsoft AD
// directory that no log subscription forwards to CloudWatch Logs. Its
// domain controllers' security event logs (sign-ins, account and group
// changes) then stay on the controllers, out of the account's log store.
// Simple AD and AD Connector cannot forward logs and are not judged;
// CloudFormation has no log subscription, so the rule reads Terraform.
func directoryLogForwardingOff() *engine.Rule {
	const problem = "the directory's security event logs are not forwarded to CloudWatch Logs"
	dirType := parser.A("type", "")
	r := &engine.Rule{ID: "AWS-392",
		Reads: []string{"aws_directory_service_directory", "aws_directory_service_log_subscription"}}
	r.Check = func(p *engine.Pass) {
		for _, d := range p.ResourcesOfType("aws_directory_service_directory") {
			if d.Data || !p.BodyKnown(d) {
				continue
			}
			// The provider creates a Simple AD directory when type is
			// not written.
			switch v := parser.OneOf(dirType.Of(d), dirType.Name(d), "SimpleAD", "MicrosoftAD"); v.Answer {
			case parser.No:
				continue
			case parser.CannotTell:
				p.Judge(d, v, problem)
				continue
			}
			logJudgeAttached(p, d, problem, "no aws_directory_service_log_subscription names it",
				"directory_id", "aws_directory_service_log_subscription")
		}
	}
	return r
}
