package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage13gRules are the rules the session 13 sample of Checkov's graph
// (cross-resource) checks showed missing.
func coverage13gRules() []*engine.Rule {
	return []*engine.Rule{emrClusterWithoutSecurityConfiguration()}
}

// emrClusterWithoutSecurityConfiguration reports EMR clusters launched
// without a security configuration: EMR encrypts neither the instances'
// local disks nor the traffic between nodes unless one says so.
func emrClusterWithoutSecurityConfiguration() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-275"}, setting.Check{
		Types:   []string{"aws_emr_cluster", "AWS::EMR::Cluster"},
		Judge:   setting.MustBeSet(parser.A("security_configuration", "SecurityConfiguration")),
		Problem: "the cluster has no security configuration, so its local disks and the traffic between its nodes are not encrypted",
	})
}
