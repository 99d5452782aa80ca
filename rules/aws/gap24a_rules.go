package aws

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// gap24aRules are the rules the gap audit of AWS services a..l against
// Trivy and Checkov (session 24) added.
func gap24aRules() []*engine.Rule {
	return []*engine.Rule{ecsExecLoggingOff(), alarmActionsOff(), ecsTaskRoleIsExecutionRole()}
}

// ecsExecLoggingOff is AWS-436: an ECS cluster whose ECS Exec
// configuration turns the logging of exec sessions off (logging NONE), or
// overrides it without naming a CloudWatch Logs group or an S3 bucket.
// The default (DEFAULT) sends the session output to the awslogs
// destination of the task's container definition, which AWS-333 judges.
func ecsExecLoggingOff() *engine.Rule {
	types := []string{"aws_ecs_cluster", "AWS::ECS::Cluster"}
	exec := "configuration.execute_command_configuration."
	cfnExec := "Configuration.ExecuteCommandConfiguration."
	logging := parser.A(exec+"logging", cfnExec+"Logging")
	return setting.Rule(engine.Rule{ID: "AWS-436"}, setting.Check{
		Types:   types,
		Judge:   setting.MustNotBe(logging, "DEFAULT", "NONE"),
		Problem: "ECS Exec sessions are not logged, so the commands run in the cluster's containers and their output are recorded nowhere",
	}, setting.Check{
		Types: types,
		If:    setting.Is(logging, "DEFAULT", "OVERRIDE"),
		Judge: setting.Both(
			setting.MustBeSet(parser.A(exec+"log_configuration.cloud_watch_log_group_name", cfnExec+"LogConfiguration.CloudWatchLogGroupName")),
			setting.MustBeSet(parser.A(exec+"log_configuration.s3_bucket_name", cfnExec+"LogConfiguration.S3BucketName"))),
		Problem: "ECS Exec logging is overridden without a CloudWatch Logs group or S3 bucket, so exec sessions are recorded nowhere",
	})
}

// batchJobAttrs are the settings of a Batch job definition that hold its
// containers (batchContainers decodes them).
var batchJobAttrs = []parser.Attr{
	parser.A("container_properties", "ContainerProperties"),
	parser.A("node_properties", "NodeProperties"),
	parser.A("ecs_properties", "EcsProperties"),
	parser.A("eks_properties", "EksProperties"),
}

// batchPrivileged is AWS-330's judgement of an AWS Batch job definition: a
// container of the job (single-node, each node range of a multi-node job,
// each container of an ECS-orchestrated task) that sets privileged, or a
// container of an EKS job whose security context sets privileged. The
// default is false; container settings that cannot be read are a note.
func batchPrivileged(res *parser.Resource) parser.Verdict {
	for _, a := range batchJobAttrs {
		if u := setting.Unknown(a.Of(res)); u != nil {
			return parser.Unknowable(u, a.Name(res))
		}
	}
	var verdicts []parser.Verdict
	for _, c := range batchContainers(res) {
		label := "privileged"
		if name, ok := firstOf(c, "name", "Name").AsString(); ok {
			label = fmt.Sprintf("container %s: privileged", name)
		}
		verdicts = append(verdicts, parser.NotFalse(firstOf(c, "privileged", "Privileged"), label, false))
	}
	for _, c := range eksJobContainers(res) {
		label := "securityContext.privileged"
		if name, ok := firstOf(c, "name", "Name").AsString(); ok {
			label = fmt.Sprintf("container %s: securityContext.privileged", name)
		}
		// security_context is a nested block in Terraform, an object in
		// CloudFormation.
		scs, _ := setting.Blocks(firstOf(c, "security_context", "SecurityContext"))
		for _, sc := range scs {
			verdicts = append(verdicts, parser.NotFalse(firstOf(sc, "privileged", "Privileged"), label, false))
		}
	}
	return parser.Either(verdicts...)
}

// eksJobContainers returns the containers and init containers of an
// EKS-orchestrated Batch job (eks_properties.pod_properties;
// EksProperties.PodProperties).
func eksJobContainers(res *parser.Resource) []*parser.Value {
	pods, _ := setting.Blocks(parser.A("eks_properties.pod_properties", "EksProperties.PodProperties").Of(res))
	var out []*parser.Value
	for _, pod := range pods {
		for _, key := range [][2]string{{"containers", "Containers"}, {"init_containers", "InitContainers"}} {
			cs, _ := setting.Blocks(firstOf(pod, key[0], key[1]))
			out = append(out, cs...)
		}
	}
	return out
}

// alarmActionsOff is AWS-437: a CloudWatch metric or composite alarm whose
// actions are turned off (actions_enabled false, ActionsEnabled false):
// it changes state but notifies no one and starts nothing. The default is
// true.
func alarmActionsOff() *engine.Rule {
	return withAlarmWithoutActions(setting.Rule(engine.Rule{ID: "AWS-437"}, setting.Check{
		Types: []string{"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm",
			"AWS::CloudWatch::Alarm", "AWS::CloudWatch::CompositeAlarm"},
		Judge:   setting.MustBeTrue(parser.A("actions_enabled", "ActionsEnabled"), true),
		Problem: "the alarm's actions are turned off, so it alerts no one when it fires",
	}))
}

// ecsTaskRoleIsExecutionRole is AWS-438: an ECS task definition that names
// the same role as its task role (assumed by the application in the
// containers) and its task execution role (assumed by the ECS agent to pull
// images, write logs and read the secrets it injects), so the application
// holds the agent's permissions. Both written as the same literal ARN, or
// as references to one and the same role resource (aws_iam_role.x.arn
// twice, !GetAtt Role.Arn twice), are reported; different or unknown ones
// are not.
func ecsTaskRoleIsExecutionRole() *engine.Rule {
	return &engine.Rule{ID: "AWS-438", Check: checkECSTaskRoleIsExecutionRole,
		Reads: []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition", "aws_iam_role"}}
}

func checkECSTaskRoleIsExecutionRole(p *engine.Pass) {
	// A Terraform reference leads to a role resource as a whole: two
	// instances of one role with count or for_each (aws_iam_role.r["a"] and
	// ["b"]) lead to the same name. Only a role declared once, whose
	// address is the name itself, is known to be one role.
	single := map[string]bool{}
	for _, r := range p.OfType("aws_iam_role") {
		single[r.Address] = true
	}
	task := parser.A("task_role_arn", "TaskRoleArn")
	exec := parser.A("execution_role_arn", "ExecutionRoleArn")
	setting.Check{
		Types: []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge: func(res *parser.Resource) parser.Verdict {
			t, e := task.Of(res), exec.Of(res)
			if sameRole(t, e, res.Format == parser.CloudFormation, single) {
				return parser.Bad(t, task.Name(res)+" and "+exec.Name(res)+" name the same role")
			}
			return parser.Decided
		},
		Problem: "the task role is also the task execution role, so the application in the containers holds the permissions ECS needs to pull images, write logs and read the task's secrets",
	}.Run(p)
}

// sameRole reports whether a and b name the same role: the same known
// string, or unknown values that both lead to one and the same role (in
// CloudFormation a logical id, !GetAtt Role.Arn or !Ref Role, as ECS takes
// a role's name or ARN; in Terraform a role in single, declared once).
// Two outputs of one module or two keys of one variable are not the same.
func sameRole(a, b *parser.Value, cfn bool, single map[string]bool) bool {
	if a == nil || b == nil {
		return false
	}
	if a.Kind == parser.String && b.Kind == parser.String {
		return a.Str != "" && a.Str == b.Str
	}
	if a.Kind != parser.Unknown || b.Kind != parser.Unknown {
		return false
	}
	ra, rb := a.Refs(), b.Refs()
	if len(ra) != 1 || len(rb) != 1 || ra[0] != rb[0] {
		return false
	}
	return cfn || single[ra[0]]
}
