package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataEFSNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-041"}, setting.Check{
		Types: []string{"aws_efs_file_system", "AWS::EFS::FileSystem"},
		// A KMS key implies encryption.
		Unless:  []parser.Attr{parser.A("kms_key_id", "KmsKeyId")},
		Judge:   setting.MustBeTrue(parser.A("encrypted", "Encrypted"), false),
		Problem: "file system is not encrypted at rest",
	})
}
