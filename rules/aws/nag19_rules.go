package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageNag19Rules are the rules session 19's reading of cdk-nag's rule
// tests brought.
func coverageNag19Rules() []*engine.Rule {
	return []*engine.Rule{quicksightDataSourceNoSSL()}
}

// quicksightDataSourceNoSSL is AWS-384: a QuickSight data source that turns
// SSL off for its connection to the database (SSL is used unless
// DisableSsl is true).
func quicksightDataSourceNoSSL() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-384"}, setting.Check{
		Types:   []string{"aws_quicksight_data_source", "AWS::QuickSight::DataSource"},
		Judge:   setting.MustBeFalse(parser.A("ssl_properties.disable_ssl", "SslProperties.DisableSsl"), false),
		Problem: "QuickSight reaches the database without SSL",
	})
}
