package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataDAXNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-044",
		Name:     "dax-cluster-not-encrypted",
		Title:    "DynamoDB Accelerator (DAX) cluster is not encrypted at rest",
		Severity: engine.High,
		Description: "A DAX cluster is created without server-side encryption: the server_side_encryption block " +
			"(SSESpecification) is absent, or its enabled (SSEEnabled) flag is absent or false; the default is " +
			"false. The DynamoDB items the cluster caches, and the changes it propagates to its replicas, are " +
			"then written to disk unencrypted, although the tables behind it are always encrypted; the setting " +
			"cannot be changed on an existing cluster. A cluster whose setting is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Add server_side_encryption { enabled = true } (SSESpecification: {SSEEnabled: true}); the cluster must be recreated."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dax-cluster-ssespecification.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_dax_cluster", "AWS::DAX::Cluster"},
		Judge:   setting.MustBeTrue(parser.A("server_side_encryption.enabled", "SSESpecification.SSEEnabled"), false),
		Problem: "cached data is not encrypted at rest",
	})
}
