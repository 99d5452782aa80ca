package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// alarmTypes are the metric alarms AWS-437 also reports when they name no
// action at all.
var alarmTypes = []string{"aws_cloudwatch_metric_alarm", "AWS::CloudWatch::Alarm"}

// alarmActions are the three lists of actions a metric alarm runs when it
// changes state.
var alarmActions = []parser.Attr{
	parser.A("alarm_actions", "AlarmActions"),
	parser.A("ok_actions", "OKActions"),
	parser.A("insufficient_data_actions", "InsufficientDataActions"),
}

// alarmConsumers are the resources that use an alarm's state without the
// alarm naming them, by reference or by its literal name or ARN: a
// composite alarm's rule, a dashboard's widgets, an EventBridge rule on
// alarm state changes, deployments that roll back on an alarm (CodeDeploy,
// ECS, SageMaker endpoints, AppConfig, Auto Scaling instance refresh), a
// fault injection experiment's stop condition, a Route 53 health check. A
// root that declares one of them may use any of its alarms so, and an
// alarm without actions there is not reported.
var alarmConsumers = []string{
	"aws_cloudwatch_composite_alarm", "AWS::CloudWatch::CompositeAlarm",
	"aws_cloudwatch_dashboard", "AWS::CloudWatch::Dashboard",
	"aws_cloudwatch_event_rule", "AWS::Events::Rule",
	"aws_codedeploy_deployment_group", "AWS::CodeDeploy::DeploymentGroup",
	"aws_ecs_service", "AWS::ECS::Service",
	"aws_sagemaker_endpoint", "AWS::SageMaker::Endpoint",
	"aws_appconfig_environment", "AWS::AppConfig::Environment",
	"aws_autoscaling_group", "AWS::AutoScaling::AutoScalingGroup",
	"aws_fis_experiment_template", "AWS::FIS::ExperimentTemplate",
	"aws_route53_health_check", "AWS::Route53::HealthCheck",
}

// withAlarmWithoutActions extends AWS-437 (made by setting.Rule for
// actions_enabled false) with metric alarms that name no action at all and
// that nothing in their root uses.
func withAlarmWithoutActions(r *engine.Rule) *engine.Rule {
	return setting.Also(r, alarmConsumers, checkAlarmWithoutActions)
}

// checkAlarmWithoutActions reports a metric alarm whose actions are on
// (actions turned off are the setting check's) but that names no alarm, OK
// or insufficient-data action, when no resource refers to it (no edge), it
// is not exported (no CloudFormation export, no output of its Terraform
// root module refers to it) and its root declares none of alarmConsumers. A list of actions
// not known statically is a note, asked only when nothing else exempts
// the alarm.
func checkAlarmWithoutActions(p *engine.Pass) {
	enabled := setting.MustBeTrue(parser.A("actions_enabled", "ActionsEnabled"), true)
	for _, res := range p.ResourcesOfType(alarmTypes...) {
		if res.Data || !p.BodyKnown(res) || enabled(res).Answer != parser.No {
			continue
		}
		named := false
		var hidden []*parser.Value
		for _, a := range alarmActions {
			v := a.Of(res)
			if v != nil && v.Kind == parser.List && len(v.Elems) > 0 {
				// an element, known or not (a topic imported from
				// another stack), names an action
				named = true
				break
			}
			elems, unknown := setting.Elems(v)
			if len(elems) > 0 {
				named = true
				break
			}
			if unknown != nil {
				hidden = append(hidden, unknown)
			}
		}
		// An alarm exported (a CloudFormation export, an output of a
		// Terraform root module) may be watched from another stack.
		if named || len(res.Exports) > 0 || len(p.EdgesTo(res)) > 0 || len(p.InRoot(res, alarmConsumers...)) > 0 {
			continue
		}
		if setting.Undecided(p, res, "the alarm's actions", hidden...) {
			continue
		}
		p.Report(res, nil, "%s names no alarm, OK or insufficient-data action and nothing in its root uses its state: it changes state but alerts no one", res.Address)
	}
}
