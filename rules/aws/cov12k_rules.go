package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

// coverage12kRules are the rules the twelfth coverage pass added from
// KICS's Terraform AWS queries (folders a..l).
func coverage12kRules() []*engine.Rule {
	return []*engine.Rule{iamRoleCodeTakeover()}
}

// iamCodeTakeoverActions replace what an existing compute resource runs,
// run commands on it, or let the principal log in to it, without passing
// a role: the principal then acts with the resource's own role. Allowed on
// every resource, they reach the most privileged function, instance,
// notebook, stack or endpoint of the account.
var iamCodeTakeoverActions = []string{
	"lambda:UpdateFunctionCode",
	"glue:UpdateDevEndpoint",
	// Run Command and Session Manager run commands, or open a shell, on a
	// managed instance, whose instance profile credentials the metadata
	// service hands to any process there.
	"ssm:SendCommand", "ssm:StartSession",
	// ECS Exec runs a command in a task's container, where the task role's
	// credentials are one request to the container credentials endpoint
	// away.
	"ecs:ExecuteCommand",
	// Push an SSH key an instance accepts for 60 seconds (SSH or serial
	// console login).
	"ec2-instance-connect:SendSSHPublicKey", "ec2-instance-connect:SendSerialConsoleSSHPublicKey",
	// Open the Jupyter server of a notebook instance, whose terminals run
	// with the notebook's execution role.
	"sagemaker:CreatePresignedNotebookInstanceUrl",
	// Update a stack without naming a role: CloudFormation uses the role
	// the stack was last deployed with.
	"cloudformation:UpdateStack",
}

func iamRoleCodeTakeover() *engine.Rule {
	return &engine.Rule{ID: "AWS-252", Check: func(p *engine.Pass) {
		iamStarGrants(p, iamCodeTakeoverActions, "which lets a principal run its own code or commands with the role of any function, instance, task, notebook, stack or development endpoint")
	}}
}
