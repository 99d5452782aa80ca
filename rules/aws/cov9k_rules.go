package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9kRules are the rules added from the KICS Terraform AWS queries
// (issue 9).
func coverage9kRules() []*engine.Rule {
	return []*engine.Rule{mqAuditLogOff()}
}

// mqAuditLogOff is AWS-291: an ActiveMQ broker that does not publish its
// audit log, the record of the management actions made through JMX and
// the web console. RabbitMQ brokers have no audit log. The general log is
// AWS-195's question.
func mqAuditLogOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-291"}, setting.Check{
		Types:   []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"},
		If:      setting.Is(parser.A("engine_type", "EngineType"), "", "ActiveMQ", "ACTIVEMQ"),
		Judge:   setting.MustBeTrue(parser.A("logs.audit", "Logs.Audit"), false),
		Problem: "the ActiveMQ broker does not publish its audit log of management actions",
	})
}
