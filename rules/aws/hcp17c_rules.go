package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage17cRules are the rules the HashiCorp policy library's AWS
// services N to Z brought (session 17).
func coverage17cRules() []*engine.Rule {
	return []*engine.Rule{transferWithoutLogging()}
}

// transferWithoutLogging reports Transfer Family servers and connectors
// that write no logs to CloudWatch Logs: a server logs through its logging
// role (legacy per-server log group) or its structured log destinations, a
// connector through its logging role; none is set by default.
func transferWithoutLogging() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-338"},
		setting.Check{
			Types: []string{"aws_transfer_server", "AWS::Transfer::Server"},
			Judge: setting.Both(
				setting.MustBeSet(parser.A("logging_role", "LoggingRole")),
				setting.MustBeSet(parser.A("structured_log_destinations", "StructuredLogDestinations"))),
			Problem: "the server writes no logs of its users' sessions and file operations",
		},
		setting.Check{
			Types:   []string{"aws_transfer_connector", "AWS::Transfer::Connector"},
			Judge:   setting.MustBeSet(parser.A("logging_role", "LoggingRole")),
			Problem: "the connector writes no logs of the files it sends and receives",
		})
}
