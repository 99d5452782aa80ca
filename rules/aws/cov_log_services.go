package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// LOG-2 for services whose logs are off unless configured: Amazon MQ
// brokers, AppSync APIs, Step Functions state machines.

func logMQBrokerLogs() *engine.Rule {
	// The general log is the broker's own record of its activity (on
	// RabbitMQ the only one); the audit log of ActiveMQ records management
	// actions and is AWS-291's question, so it does not stand in for this.
	return setting.Rule(engine.Rule{ID: "AWS-195"}, setting.Check{
		Types:   []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		Judge:   setting.MustBeTrue(parser.A("logs.general", "Logs.General"), false),
		Problem: "the broker does not publish its general log",
	})
}

// onlyIf judges j where cond answers Yes; elsewhere, or where cond cannot
// tell, the resource is not judged by j.
func onlyIf(cond, j setting.Judge) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		if cond(res).Answer != parser.Yes {
			return parser.Decided
		}
		return j(res)
	}
}

func logAppSyncLogs() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-196"}, setting.Check{
		Types:   []string{"aws_appsync_graphql_api", "AWS::AppSync::GraphQLApi"},
		Judge:   setting.MustBeSet(parser.A("log_config.cloudwatch_logs_role_arn", "LogConfig.CloudWatchLogsRoleArn")),
		Problem: "the API writes no logs",
	})
}

func logStepFunctionsLogs() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-197"}, setting.Check{
		Types: []string{"aws_sfn_state_machine", "AWS::StepFunctions::StateMachine"},
		Judge: setting.MustBeOneOf(parser.A("logging_configuration.level", "LoggingConfiguration.Level"), "OFF",
			"ALL", "ERROR", "FATAL"),
		Problem: "the state machine does not log its executions",
	})
}
