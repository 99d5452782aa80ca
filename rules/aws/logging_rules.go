package aws

import "github.com/soc2lint/soc2lint/engine"

// loggingRules returns the AWS logging rules.
//
// AWS-016 (cloudtrail-bucket-public-or-unlogged) is retired and its id is
// never reused: it reported again what AWS-004 (public bucket) and AWS-007
// (no server access logging) report, whose messages now say when the
// bucket receives CloudTrail logs.
func loggingRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-015", Check: checkLogCloudTrail},
		{ID: "AWS-017", Check: checkLogGuardDuty},
		{ID: "AWS-018", Check: checkLogSecurityHub},
		{ID: "AWS-019", Check: checkLogConfigRecorder,
			// A delivery channel in any template of the scan starts the
			// recorders of the others.
			Scope: engine.AcrossRoots,
			Reads: []string{"aws_config_configuration_recorder", "AWS::Config::ConfigurationRecorder", "awscc_config_configuration_recorder",
				"AWS::Config::DeliveryChannel", "aws_config_configuration_recorder_status"}},
		{ID: "AWS-020", Check: checkLogRetention},
	}
}
