package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// The root volume (AWS-156) and the user volume (AWS-292) of a WorkSpace
// are encrypted by independent settings: one rule each, so a WorkSpace
// that encrypts one of them is reported only for the other.

func workspacesVolumeNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-156"}, setting.Check{
		Types:   []string{"aws_workspaces_workspace", "AWS::WorkSpaces::Workspace"},
		Judge:   setting.MustBeTrue(parser.A("root_volume_encryption_enabled", "RootVolumeEncryptionEnabled"), false),
		Problem: "the desktop's root volume is not encrypted at rest",
	})
}

func workspacesUserVolumeNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-292"}, setting.Check{
		Types:   []string{"aws_workspaces_workspace", "AWS::WorkSpaces::Workspace"},
		Judge:   setting.MustBeTrue(parser.A("user_volume_encryption_enabled", "UserVolumeEncryptionEnabled"), false),
		Problem: "the desktop's user volume is not encrypted at rest",
	})
}
