package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func redshiftEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-140",
		Name:     "redshift-encryption-disabled",
		Title:    "Redshift cluster turns encryption at rest off",
		Severity: engine.High,
		Description: "A provisioned Redshift cluster sets encrypted = false (Encrypted: false). Its data blocks, " +
			"system metadata and snapshots are then stored unencrypted. Since January 2025 Amazon Redshift " +
			"encrypts new provisioned clusters, and clusters restored from snapshots, by default (with an " +
			"AWS owned key), and version 6 of the Terraform provider defaults encrypted to true: a cluster that " +
			"does not write the setting is encrypted and is not reported. Redshift Serverless namespaces are " +
			"always encrypted and are not judged. A setting whose value is unknown is a note, not a finding.",
		Remediation: engine.Remediation{Summary: "Remove encrypted = false (Encrypted: false) or set it to true, optionally with a customer managed KMS key in kms_key_id (KmsKeyId)."},
		Checklist:   []string{"DATA-3"},
		Links: []string{
			"https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#encrypted",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_redshift_cluster", "AWS::Redshift::Cluster"},
		Judge:   setting.MustBeTrue(parser.A("encrypted", "Encrypted"), true),
		Problem: "the warehouse's data and snapshots are not encrypted at rest",
	})
}
