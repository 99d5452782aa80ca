package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// LOG-2 for services whose logs are off unless configured: Amazon MQ
// brokers, AppSync APIs, Step Functions state machines.

// log2 fills in the metadata every LOG-2 rule of this file shares.
var log2 = checklistItem("LOG-2")

func logMQBrokerLogs() *engine.Rule {
	return setting.Rule(log2(engine.Rule{
		ID:       "AWS-195",
		Name:     "mq-broker-general-logs-disabled",
		Title:    "Amazon MQ broker does not publish its general log to CloudWatch Logs",
		Severity: engine.Medium,
		Description: "An Amazon MQ broker does not publish its general log to CloudWatch Logs (logs.general / " +
			"Logs.General absent or false, the default), so connections, errors and broker events are kept only on " +
			"the broker, out of reach of central monitoring. ActiveMQ brokers also have an audit log " +
			"(logs.audit / Logs.Audit) of management actions, worth turning on too; it is not judged, since " +
			"RabbitMQ brokers have none.",
		Remediation: engine.Remediation{Summary: "Set logs { general = true } (Logs: {General: true}), and audit = true for ActiveMQ."},
		Links: []string{
			"https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-cloudwatch.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker#logs",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-logslist.html",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		Judge:   setting.MustBeTrue(parser.A("logs.general", "Logs.General"), false),
		Problem: "the broker publishes no general log",
	})
}

func logAppSyncLogs() *engine.Rule {
	return setting.Rule(log2(engine.Rule{
		ID:       "AWS-196",
		Name:     "appsync-logging-disabled",
		Title:    "AppSync GraphQL API does not log to CloudWatch Logs",
		Severity: engine.Medium,
		Description: "An AppSync GraphQL API has no log configuration (log_config / LogConfig with a CloudWatch " +
			"Logs role), the default: AppSync then writes neither request logs nor resolver logs, and the calls " +
			"the API served cannot be traced. With a log configuration, request-level logs are written whatever " +
			"the field log level, so field_log_level / FieldLogLevel NONE is not reported.",
		Remediation: engine.Remediation{Summary: "Add log_config with cloudwatch_logs_role_arn and a field_log_level (LogConfig: {CloudWatchLogsRoleArn, FieldLogLevel})."},
		Links: []string{
			"https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#setup-and-configuration",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/appsync_graphql_api#log_config",
		},
		Precision: "very-high",
	}), setting.Check{
		Types:   []string{"aws_appsync_graphql_api", "AWS::AppSync::GraphQLApi"},
		Judge:   setting.MustBeSet(parser.A("log_config.cloudwatch_logs_role_arn", "LogConfig.CloudWatchLogsRoleArn")),
		Problem: "the API writes no logs",
	})
}

func logStepFunctionsLogs() *engine.Rule {
	return setting.Rule(log2(engine.Rule{
		ID:       "AWS-197",
		Name:     "step-functions-logging-disabled",
		Title:    "Step Functions state machine does not log its executions",
		Severity: engine.Low,
		Description: "A Step Functions state machine has logging level OFF (logging_configuration.level / " +
			"LoggingConfiguration.Level absent or OFF, the default): its execution events are not sent to " +
			"CloudWatch Logs. Express workflows keep no execution history at all without it; standard workflows " +
			"keep theirs for 90 days in the service only. Levels ALL, ERROR and FATAL are not reported.",
		Remediation: engine.Remediation{Summary: "Set logging_configuration { level = \"ERROR\" (or ALL), log_destination = \"<log group ARN>:*\" } (LoggingConfiguration: {Level, Destinations})."},
		Links: []string{
			"https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sfn_state_machine#logging_configuration",
		},
		Precision: "very-high",
	}), setting.Check{
		Types: []string{"aws_sfn_state_machine", "AWS::StepFunctions::StateMachine"},
		Judge: setting.MustBeOneOf(parser.A("logging_configuration.level", "LoggingConfiguration.Level"), "OFF",
			"ALL", "ERROR", "FATAL"),
		Problem: "the state machine does not log its executions",
	})
}
