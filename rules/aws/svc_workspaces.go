package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func workspacesVolumeNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-156"}, setting.Check{
		Types: []string{"aws_workspaces_workspace", "AWS::WorkSpaces::Workspace"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("root_volume_encryption_enabled", "RootVolumeEncryptionEnabled"), false),
			setting.MustBeTrue(parser.A("user_volume_encryption_enabled", "UserVolumeEncryptionEnabled"), false)),
		Problem: "the desktop's volumes are not encrypted at rest",
	})
}
