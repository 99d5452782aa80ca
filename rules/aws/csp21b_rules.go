package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageCsp21bRules are the rules session 21's CloudSploit slice (AWS
// services ecr..lambda) brought.
func coverageCsp21bRules() []*engine.Rule {
	return []*engine.Rule{emrClusterWithoutLogURI()}
}

// emrClusterWithoutLogURI is AWS-404: an EMR cluster created through the
// API (Terraform, CloudFormation) archives its logs to S3 only when it
// names a log URI; without one, the step, daemon and application logs stay
// on the nodes' local disks and go with them when the cluster ends.
func emrClusterWithoutLogURI() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-404"}, setting.Check{
		Types:   []string{"aws_emr_cluster", "AWS::EMR::Cluster"},
		Judge:   setting.MustBeSet(parser.A("log_uri", "LogUri")),
		Problem: "the cluster archives no logs to S3, so its step, daemon and application logs are lost with its nodes",
	})
}
