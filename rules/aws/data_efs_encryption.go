package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataEFSNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-041",
		Name:     "efs-not-encrypted",
		Title:    "EFS file system is not encrypted at rest",
		Severity: engine.High,
		Description: "An EFS file system is created without encryption at rest (encrypted / Encrypted absent " +
			"or false). Only the EFS console encrypts by default: through the API, the Terraform provider " +
			"and CloudFormation an absent setting creates an unencrypted file system, and encryption cannot " +
			"be turned on later (the data must be copied to a new, encrypted file system). A file system " +
			"that names a KMS key (kms_key_id / KmsKeyId) without the flag is not reported (the key implies " +
			"encryption, and the API rejects the key without it), nor is one whose flag is unknown.",
		Remediation: engine.Remediation{Summary: "Set encrypted = true (Encrypted: true), optionally with a customer managed KMS key; an existing file system must be replaced."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-filesystem.html",
		},
		Precision: "high",
	}, setting.Check{
		Types: []string{"aws_efs_file_system", "AWS::EFS::FileSystem"},
		// A KMS key implies encryption.
		Unless:  []parser.Attr{parser.A("kms_key_id", "KmsKeyId")},
		Judge:   setting.MustBeTrue(parser.A("encrypted", "Encrypted"), false),
		Problem: "file system is not encrypted at rest",
	})
}
