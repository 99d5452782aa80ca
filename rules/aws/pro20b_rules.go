package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coveragePro20bRules are the rules session 20's Prowler slice (AWS
// services f..z) brought.
func coveragePro20bRules() []*engine.Rule {
	return []*engine.Rule{glueConnectionWithoutSSL()}
}

// glueConnectionWithoutSSL is AWS-396: a Glue JDBC connection that does not
// set JDBC_ENFORCE_SSL to true (false by default), so the crawlers and jobs
// that use it may reach the database without TLS. Connections of other
// types (Kafka, network, Marketplace, custom) take other properties and are
// not judged; a Terraform connection without connection_type is JDBC.
func glueConnectionWithoutSSL() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-396"}, setting.Check{
		Types:   []string{"aws_glue_connection", "AWS::Glue::Connection"},
		If:      setting.Is(parser.A("connection_type", "ConnectionInput.ConnectionType"), "JDBC", "JDBC"),
		Judge:   setting.MustBeTrue(parser.A("connection_properties.JDBC_ENFORCE_SSL", "ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL"), false),
		Problem: "jobs and crawlers may reach the database without TLS",
	})
}
